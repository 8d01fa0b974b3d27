import { isLang, Lang } from '../../domain/text';

/** A one-tap language switch. The page owns the language: this only says which one was asked for. */
Component({
  properties: {
    lang: { type: String, value: 'zh' },
    /** "切换到 English" / "切换到中文", from the page's string table. */
    label: { type: String, value: '' },
    ariaLabel: { type: String, value: '' },
  },
  methods: {
    onTap() {
      const current: Lang = isLang(this.data.lang) ? this.data.lang : 'zh';
      const next: Lang = current === 'zh' ? 'en' : 'zh';
      this.triggerEvent('change', { lang: next });
    },
  },
});
