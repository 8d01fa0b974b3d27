import { factSource, FactSourceView } from '../../domain/fact-line';
import { isLang } from '../../domain/text';

/**
 * One fact: its text, a "reported" tag, the "changed since 2017" note with the 2017 claim, and on tap its
 * source and checked date (fetched from the domain then, so pages do not carry them in their first render).
 */
Component({
  properties: {
    fact: { type: Object, value: {} },
    labels: { type: Object, value: {} },
    lang: { type: String, value: 'zh' },
    /** Irreversible choices render as warnings. */
    warn: { type: Boolean, value: false },
  },
  data: {
    open: false,
    source: null as FactSourceView | null,
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
      const fact = this.data.fact as { id?: unknown };
      const lang = isLang(this.data.lang) ? this.data.lang : 'zh';
      this.setData({ open: true, source: factSource(fact.id, lang) });
    },
  },
});
