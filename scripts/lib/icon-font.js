'use strict';
// vant's icon stylesheet (icon/index.wxss) holds a glyph rule for each of its 257 icons, 11.6 KiB that every cold
// start downloads with the main package; the app shows about twenty. After build npm, the glyph rules of icons
// nothing can name are dropped; every other rule stays as vant wrote it. An icon is named by a string literal:
// in our code and WXML (`icon="question-o"`, the domain's `icon: 'service-o'`) or in vant's own components
// (`name="success"`). The one name vant composes at render is the cell's arrow ('arrow' + '-' + direction).
const fs = require('fs');
const path = require('path');
const postcss = require('postcss');
const { filesUnder } = require('./files-under');

/** A glyph rule: `.van-icon-<name>:before{content:"\e…"}`. */
const GLYPH = /^\.van-icon-([a-z0-9-]+):before$/;
/** A quoted word that could be an icon's name. */
const LITERAL = /['"`]([a-z0-9]+(?:-[a-z0-9]+)*)['"`]/g;
/** What vant's cell composes from its arrow-direction. */
const COMPOSED = ['arrow-up', 'arrow-down', 'arrow-left'];
const CODE = /\.(ts|js|wxml|wxs|json)$/;

const codeUnder = (dir, skip) => filesUnder(dir, skip).filter((file) => CODE.test(file));

/** vant's components as build npm packs them (its package.json `miniprogram` folder). */
const VANT = path.join(path.dirname(require.resolve('@vant/weapp/package.json')), 'lib');

/** Every quoted word in the mini program at `root` (its code and WXML, not miniprogram_npm/) and in vant's components. */
function iconWords(root) {
  const files = [...codeUnder(root, (file) => path.basename(file) === 'miniprogram_npm'), ...codeUnder(VANT)];
  const words = new Set(COMPOSED);
  for (const file of files) for (const m of fs.readFileSync(file, 'utf8').matchAll(LITERAL)) words.add(m[1]);
  return words;
}

/** The stylesheet without the glyph rules of icons not in `keep`; what it kept and how many it dropped. */
function trimIconFont(css, keep) {
  const tree = postcss.parse(css);
  const kept = [];
  let dropped = 0;
  tree.walkRules((rule) => {
    const names = rule.selectors.map((s) => GLYPH.exec(s.trim())?.[1]);
    if (names.some((name) => name === undefined)) return;
    const used = names.filter((name) => keep.has(name));
    if (used.length === 0) {
      rule.remove();
      dropped += 1;
    } else {
      rule.selectors = rule.selectors.filter((_, i) => keep.has(names[i]));
      kept.push(...used);
    }
  });
  return { css: tree.toString(), kept, dropped };
}

/**
 * Trims the icon stylesheet packed in `dir` (the mini program at `root`, or a subpackage folder of it) in place,
 * keeping the glyphs the whole mini program can name; null when vant is not packed there.
 */
function trimPackedIconFont(root, dir = root) {
  const file = path.join(dir, 'miniprogram_npm', '@vant', 'weapp', 'icon', 'index.wxss');
  if (!fs.existsSync(file)) return null;
  const result = trimIconFont(fs.readFileSync(file, 'utf8'), iconWords(root));
  fs.writeFileSync(file, result.css);
  return result;
}

module.exports = { iconWords, trimIconFont, trimPackedIconFont, GLYPH };
