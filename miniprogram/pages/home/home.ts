import { listAccountCards } from '../../domain/account-views';

const english = listAccountCards('en');

Component({
  data: {
    types: listAccountCards('zh').map((card, i) => ({ id: card.id, name: card.name, nameEn: english[i].name })),
  },
  methods: {
    onLoad() {
      // Filled in by the guide issue: scene handling, language.
    },
  },
});
