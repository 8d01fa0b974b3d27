import { defineComponent } from '../../platform/define-component';
import type { SourceView } from '../../domain/library/guide/fact-view';
import { isLang } from '../../domain/text';
import { copyLink } from '../../platform/clipboard';
import { showToast } from '../../platform/feedback';
import {
  lib,
  libIfLoaded,
  loadRowsAndSources,
  rowsIfLoaded,
  sources,
  sourcesIfLoaded,
} from '../../platform/subpackages';
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
    /** Open, waiting for the sources subpackage (shows 正在加载…). */
    pending: false,
    /** The language the open drawer reads in. */
    openLang: '',
  },
  observers: {
    // A source opened in one language is closed when the page switches, instead of showing stale text (and only
    // then: a page's setData may hand the same language down again).
    lang(next: unknown) {
      if (this.data.open && next !== this.data.openLang) this.setData({ open: false, source: null, pending: false });
    },
  },
  methods: {
    toggleSource() {
      if (this.data.open) {
        this.setData({ open: false, pending: false });
        return;
      }
      // Typed, but a property holds whatever a page bound: sourceView checks the id, the language is checked here.
      const lang = isLang(this.data.lang) ? this.data.lang : 'zh';
      const item = this.data.item;
      // A line that decides condenses several rows: its drawer lists all their sources.
      const ids = item.k === 'line' && item.src ? item.src : item.id;
      const rowIds = (Array.isArray(ids) ? ids : [ids]).filter((id): id is string => typeof id === 'string');
      // It reads the rows (a type page renders before they arrive) and the sources' titles and links, both
      // prefetched when the page rendered: when they are there the drawer opens in one setData; else it says it is
      // loading until they arrive.
      const library = libIfLoaded();
      const loaded = sourcesIfLoaded();
      if (library && loaded && rowsIfLoaded(rowIds)) {
        this.setData({ open: true, openLang: lang, source: library.sourceView(ids, lang, loaded) });
        return;
      }
      this.setData({ open: true, openLang: lang, pending: true, source: null });
      loadRowsAndSources(rowIds)((ok) => {
        if (!this.data.pending) return; // closed meanwhile
        if (!ok) {
          this.setData({ open: false, pending: false });
          showToast(this.data.labels.sourcesFailed ?? '');
          return;
        }
        this.setData({ pending: false, source: lib().sourceView(ids, lang, sources()) });
      });
    },
    /** Copies a source's address (the drawer shows it too); a toast says whether it worked. */
    copyLink(event: WechatMiniprogram.TouchEvent) {
      const { copied = '', copyFailed = '' } = this.data.labels;
      return copyLink(event.currentTarget.dataset.url, { copied, failed: copyFailed });
    },
  },
});
