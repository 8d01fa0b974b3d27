/**
 * One quiz question: title, help and its options as vant radios (single choice) or checkboxes (multiple
 * choice). Presentational: a tap reports the option id with a `pick` event and the page applies it through
 * the domain (replace for single choice, toggle for multiple).
 *
 * The options are standalone vant radios/checkboxes inside an ARIA group rather than van-radio-group: the
 * checked state comes straight from the question view, so the group needs no relation wiring.
 */
Component({
  properties: {
    question: { type: Object, value: {} },
    optionalLabel: { type: String, value: '' },
  },
  methods: {
    onPick(e: { currentTarget: { dataset: { id?: string } } }) {
      const id = e.currentTarget.dataset.id;
      if (id) this.triggerEvent('pick', { id });
    },
  },
});
