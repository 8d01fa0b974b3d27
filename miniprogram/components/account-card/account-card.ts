import { defineComponent } from '../../platform/define-component';
import { AccountCardOpenDetail, accountCardProps } from './props';

/** A home-page card for one account type (AccountCardView). Tapping it asks the page to open the type. */
defineComponent({
  properties: accountCardProps,
  methods: {
    onTap() {
      const detail: AccountCardOpenDetail = { id: this.data.card.id };
      this.triggerEvent('open', detail);
    },
  },
});
