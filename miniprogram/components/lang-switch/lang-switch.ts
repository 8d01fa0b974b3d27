import { defineComponent } from '../../platform/define-component';
import { isLang, Lang } from '../../domain/text';
import { LangChangeDetail, langSwitchProps } from './props';

/** A one-tap language switch. The page owns the language: this only says which one was asked for. */
defineComponent({
  properties: langSwitchProps,
  methods: {
    onTap() {
      const current: Lang = isLang(this.data.lang) ? this.data.lang : 'zh';
      const detail: LangChangeDetail = { lang: current === 'zh' ? 'en' : 'zh' };
      this.triggerEvent('change', detail);
    },
  },
});
