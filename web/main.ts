import { Lang } from '../miniprogram/domain/text';
import { pickLang, withLang } from './lang';
import { WebConfig, webPage } from './page-model';
import { render } from './render';

/**
 * The web page's entry (bundled by scripts/build-web.js into index.html and 404.html): reads the address, picks
 * the language, renders. Nothing is fetched or sent; the answers stay in the address.
 */
declare const __WEB_CONFIG__: WebConfig;

function show(lang: Lang): void {
  const page = webPage(__WEB_CONFIG__, location.pathname, lang, navigator.userAgent);
  render(document.body, page, {
    onSwitch() {
      const next: Lang = lang === 'zh' ? 'en' : 'zh';
      history.replaceState(null, '', withLang(location.search, next));
      show(next);
    },
    // Android opens the scheme only when the page sets it (CONTENT.md mp.scheme); iOS takes it either way.
    onOpen(scheme) {
      location.href = scheme;
    },
  });
  document.body.dataset.ready = '1';
}

show(pickLang(location.search, navigator.languages ?? [navigator.language]));
