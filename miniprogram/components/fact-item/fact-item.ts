import { defineComponent } from '../../platform/define-component';
import type { SourceView } from '../../domain/library/guide/fact-view';
import { isLang } from '../../domain/text';
import { copyLink } from '../../platform/clipboard';
import { libIfLoaded } from '../../platform/subpackages';
import { factItemProps } from './props';

/**
 * One item of a guide page (an ItemView): a fact with its 2017 claim where it changed, a numbered launch step
 * (what to prepare, time, fee) or a companion. Marked parts carry 据报道 (reported) or 建议 (advice). On tap it
 * shows the sources (title, date, address with a copy action) and the checked date, fetched from the domain then,
 * so pages don't carry them up front.
 */
defineComponent({
  properties: factItemProps,
  data: {
    open: false,
    source: null as SourceView | null,
  },
  observers: {
    // A source opened in one language is closed when the page switches, instead of showing stale text.
    lang() {
      if (this.data.open) this.setData({ open: false, source: null });
    },
  },
  methods: {
    toggleSource() {
      if (this.data.open) {
        this.setData({ open: false });
        return;
      }
      // Typed, but a property holds whatever a page bound: sourceView checks the id, the language is checked here.
      const lang = isLang(this.data.lang) ? this.data.lang : 'zh';
      const item = this.data.item;
      // A line that decides condenses several rows: its drawer lists all their sources.
      // The page that shows this item waited for the library (facts and sources); nothing to show before it.
      const library = libIfLoaded();
      if (!library) return;
      const source =
        item.k === 'line' && item.src ? library.sourceView(item.src, lang) : library.sourceView(item.id, lang);
      this.setData({ open: true, source });
    },
    /** Copies a source's address (the drawer shows it too); a toast says whether it worked. */
    copyLink(event: WechatMiniprogram.TouchEvent) {
      const { copied = '', copyFailed = '' } = this.data.labels;
      return copyLink(event.currentTarget.dataset.url, { copied, failed: copyFailed });
    },
  },
});
