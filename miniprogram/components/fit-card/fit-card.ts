/**
 * One account type's fit: name, score bar, the reasons for it and what speaks against it. Used for the top
 * recommendation (large) and the runner-up (compact). Labels come from the page, already localized.
 */
Component({
  properties: {
    /** A FitLine from domain/result-page-view. */
    fit: { type: Object, value: {} },
    heading: { type: String, value: '' },
    fitLabel: { type: String, value: '' },
    reasonsLabel: { type: String, value: '' },
    drawbacksLabel: { type: String, value: '' },
    compact: { type: Boolean, value: false },
  },
});
