import { defineComponent } from '../../../platform/define-component';
import { QuestionPickDetail, questionStepProps } from './props';

/** Reports the option a tap touched. */
function pick(step: { triggerEvent(name: string, detail: QuestionPickDetail): void }, id: string): void {
  step.triggerEvent('pick', { id });
}

/** The one id in exactly one of the two lists: what a checkbox tap added or removed. */
function toggledId(before: string[], after: string[]): string | undefined {
  return after.find((id) => !before.includes(id)) ?? before.find((id) => !after.includes(id));
}

/**
 * One quiz question: title, help and its options in a vant radio group (single choice) or checkbox group
 * (multiple choice). Presentational: the groups' values come from the options' checked flags (options.wxs),
 * and a tap reports the one option it touched with a `pick` event; the page applies it through the domain
 * (replace for single choice, toggle for multiple) and sends back only the flags that changed.
 */
defineComponent({
  properties: questionStepProps,
  methods: {
    /** van-radio-group change: the detail is the chosen option's name (its id). */
    onRadioChange(e: { detail: unknown }) {
      if (typeof e.detail === 'string' && e.detail) pick(this, e.detail);
    },

    /** van-checkbox-group change: the detail is the whole new list of checked ids. */
    onCheckboxChange(e: { detail: unknown }) {
      if (!Array.isArray(e.detail)) return;
      const before = (this.data.question.options ?? []).filter((o) => o.checked).map((o) => o.id);
      const id = toggledId(
        before,
        e.detail.filter((v): v is string => typeof v === 'string'),
      );
      if (id) pick(this, id);
    },
  },
});
