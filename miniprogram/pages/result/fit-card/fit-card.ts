import { defineComponent } from '../../../platform/define-component';
import { fitCardProps } from './props';

/**
 * One account type's fit: name, score bar, the reasons for it and what speaks against it, each line with its
 * 据报道 / 建议 mark. Used for the top recommendation (large) and the runner-up (compact). Labels come from the
 * page, already localized.
 */
defineComponent({
  properties: fitCardProps,
});
