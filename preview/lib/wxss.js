'use strict';
// WXSS → browser CSS. What WeChat's runtime does and a browser does not: rpx units (→ calc(N * var(--rpx)),
// --rpx being the phone width / 750), the `page` selector, built-in tags (`view` → `wx-view`), per-component
// style isolation (class prefixes, applied at run time: see runtime/styles.ts), and dark mode by class
// (the preview cannot set the browser's prefers-color-scheme, so `@media (prefers-color-scheme: dark)` blocks
// are rewritten to apply under `.mp-dark`).
const fs = require('fs');
const path = require('path');
const postcss = require('postcss');

/** Marks a class selector whose prefix the runtime fills in (empty for pages and shared-style components). */
const CLASS_MARK = '__mpc__';
/** Replaced at run time by the page's attribute selector, so a page's styles stay on that page. */
const PAGE_MARK = '__mpp__';

const BUILTIN_TAGS = [
  'view',
  'text',
  'button',
  'image',
  'icon',
  'input',
  'textarea',
  'scroll-view',
  'swiper',
  'swiper-item',
  'navigator',
  'rich-text',
  'progress',
  'checkbox',
  'checkbox-group',
  'radio',
  'radio-group',
  'label',
  'form',
  'switch',
  'slider',
  'picker',
  'picker-view',
  'picker-view-column',
  'canvas',
  'video',
  'map',
  'cover-view',
  'cover-image',
  'block',
  'movable-area',
  'movable-view',
  'web-view',
  'open-data',
  'official-account',
  'root-portal',
  'page-container',
];
const TAG_RE = new RegExp(`(^|[\\s>+~(,])(page|${BUILTIN_TAGS.join('|')})(?=$|[\\s.#:\\[>+~),])`, 'g');

/** rpx, vh and vw are relative to the phone screen, whose size the runtime sets as --rpx, --vh, --vw. */
function rpx(value) {
  return value.replace(
    /(-?(?:\d+\.?\d*|\.\d+))(rpx|vh|vw)\b/gi,
    (_m, n, unit) => `calc(${n} * var(--${unit.toLowerCase()}))`,
  );
}

/** Reads a WXSS file with its @imports inlined (relative to the file, or /-paths from the mini program root). */
function readWithImports(file, mpRoot, seen = new Set()) {
  if (seen.has(file) || !fs.existsSync(file)) return '';
  seen.add(file);
  const text = fs.readFileSync(file, 'utf8');
  return text.replace(/@import\s+(?:url\()?\s*["']([^"']+)["']\s*\)?\s*;/g, (_m, request) => {
    const target = request.startsWith('/') ? path.join(mpRoot, request) : path.resolve(path.dirname(file), request);
    return readWithImports(target.endsWith('.wxss') ? target : `${target}.wxss`, mpRoot, seen);
  });
}

function transformSelector(selector, scope) {
  let s = selector.replace(
    /(^|[^\w-])\.(-?[_a-zA-Z][-_a-zA-Z0-9]*)/g,
    (_m, before, name) => `${before}.${CLASS_MARK}${name}`,
  );
  s = s.replace(TAG_RE, (_m, before, tag) => `${before}${tag === 'page' ? '.mp-page' : `wx-${tag}`}`);
  if (scope.host) s = s.replace(/:host/g, scope.host);
  if (scope.page) {
    // A page's rules only match inside its own page wrapper.
    s = s.startsWith('.mp-page') ? s.replace('.mp-page', `.mp-page${PAGE_MARK}`) : `.mp-page${PAGE_MARK} ${s}`;
  }
  if (scope.theme) s = `.mp-${scope.theme} ${s}`;
  return s;
}

let vantIconFont;
/**
 * vant's icon font is loaded from a CDN, which the e2e run (and an offline machine) cannot reach. @vant/icons
 * ships the same font (same file name, same code points) base64-encoded: serve that instead.
 */
function vantIconFontSrc() {
  if (vantIconFont === undefined) {
    try {
      const less = fs.readFileSync(require.resolve('@vant/icons/src/encode-woff2.less'), 'utf8');
      const m = /url\('(data:font\/woff2[^']+)'\)/.exec(less);
      vantIconFont = m ? `url('${m[1]}') format('woff2')` : null;
    } catch {
      vantIconFont = null;
    }
  }
  return vantIconFont;
}

function themeOf(params) {
  if (/prefers-color-scheme\s*:\s*dark/.test(params)) return 'dark';
  if (/prefers-color-scheme\s*:\s*light/.test(params)) return 'light';
  return null;
}

/**
 * Converts WXSS text. kind: 'app' (global), 'page' (scoped to its page) or 'component' (class-prefixed,
 * `:host` → hostTag). Keyframes and font faces pass through with only rpx converted.
 */
function convert(css, { kind, hostTag }) {
  const root = postcss.parse(css);
  root.walkAtRules('font-face', (at) => {
    const local = vantIconFontSrc();
    if (!local) return;
    at.walkDecls('src', (decl) => {
      if (/at\.alicdn\.com\/t\/c\/font_2553510_kfwma2yq1rs/.test(decl.value)) decl.value = local;
    });
  });
  root.walkAtRules((at) => {
    const theme = at.name === 'media' ? themeOf(at.params) : null;
    if (!theme) return;
    at.walkRules((rule) => {
      rule.selectors = rule.selectors.map((sel) => `.mp-${theme} ${sel}`);
    });
    at.replaceWith(at.nodes);
  });
  root.walkRules((rule) => {
    const parent = rule.parent;
    if (parent && parent.type === 'atrule' && /keyframes$/.test(parent.name)) return;
    rule.selectors = rule.selectors.map((sel) => {
      const themed = /^\.mp-(dark|light) /.exec(sel);
      const theme = themed ? themed[1] : null;
      const bare = themed ? sel.slice(themed[0].length) : sel;
      return transformSelector(bare, { page: kind === 'page', host: kind === 'component' ? hostTag : null, theme });
    });
  });
  root.walkDecls((decl) => {
    // A font's src is a URL (often base64), where "…5vw…" is data, not a unit.
    if (decl.prop === 'src' && decl.parent && decl.parent.type === 'atrule' && decl.parent.name === 'font-face') return;
    decl.value = rpx(decl.value);
  });
  return root.toString();
}

module.exports = { convert, readWithImports, rpx, CLASS_MARK, PAGE_MARK };
