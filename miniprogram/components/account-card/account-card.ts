/** A home-page card for one account type (AccountCardView). Tapping it asks the page to open the type. */
Component({
  properties: {
    card: { type: Object, value: {} },
    /** { who, quota, open } labels from the page's string table. */
    labels: { type: Object, value: {} },
  },
  methods: {
    onTap() {
      const card = this.data.card as { id?: unknown };
      this.triggerEvent('open', { id: card.id });
    },
  },
});
