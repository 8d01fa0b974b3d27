/**
 * One account type's fit: name, score bar, the reasons for it and what speaks against it, each line with its
 * 据报道 / 建议 mark. Used for the top recommendation (large) and the runner-up (compact). Labels come from the
 * page, already localized: fit, because, drawbacks, reported, inference.
 */
Component({
  properties: {
    /** A FitView from domain/result-view. */
    fit: { type: Object, value: {} },
    heading: { type: String, value: '' },
    labels: { type: Object, value: {} },
    compact: { type: Boolean, value: false },
  },
});
