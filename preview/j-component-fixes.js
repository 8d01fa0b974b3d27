'use strict';
/**
 * Every fix this project makes to j-component, the custom-component runtime under miniprogram-simulate, and to
 * the packages around it, in two files: this one (source patches and the rules both runtimes share) and its
 * sibling preview/simulate-fixes.js (the run-time patches of private APIs of miniprogram-compiler, j-component and
 * miniprogram-exparser that jest's miniprogram-simulate needs; it uses this file's rules). Nothing else patches
 * them. The jest helper (test/helpers/simulate.ts, and test/helpers/j-component-transform.js for the source
 * patches) and the browser preview (preview/build.js, preview/runtime/registry.ts) both take them from here.
 * Each fix names the WeChat behaviour it reproduces, and fails loudly when what it patches has changed.
 */

/**
 * Source patches, applied to j-component's files as they are loaded. `where`: 'both' (jest and the browser),
 * 'browser' (the preview only: what a real screen needs and jsdom does not).
 */
const SOURCE_PATCHES = [
  {
    // WeChat: a component's getRelationNodes(key) answers [] when nothing is linked; j-component answers null.
    // vant's checkbox and radio outside a group read its length.
    where: 'both',
    file: /j-component[\\/]src[\\/]componentmanager\.js$/,
    from: 'if (!id) return null\n\n          const res = this.getRelationNodes(id)\n          if (!res) return null',
    to: 'if (!id) return []\n\n          const res = this.getRelationNodes(id)\n          if (!res) return []',
  },
  {
    // WeChat: rpx in an inline style scales with the screen (750rpx = its width); j-component turns it into px.
    where: 'browser',
    file: /j-component[\\/]src[\\/]tool[\\/]utils\.js$/,
    from: "return style.replace(/(\\d+)rpx/ig, '$1px')",
    to: "return style.replace(/(-?(?:\\d+\\.?\\d*|\\.\\d+))rpx/ig, 'calc($1 * var(--rpx))')",
  },
  {
    // WeChat: built-in tags act on their attributes (a button's open-type, a disabled state); the preview's runtime
    // (preview/runtime/touch.ts reflectAttribute) mirrors them onto the DOM for its styles and taps.
    where: 'browser',
    file: /j-component[\\/]src[\\/]render[\\/]render\.js$/,
    from: 'for (const {name, value} of attrs) {',
    to: "for (const {name, value} of attrs) {\n    if (typeof window.__mpReflectAttr === 'function') window.__mpReflectAttr(exparserNode, name, value)",
  },
];

/**
 * j-component's source with the patches for `where` ('test' takes 'both'; 'browser' takes all) applied. A patch
 * whose text is gone fails loudly: j-component changed, and the fix must be looked at again.
 */
function applySourcePatches(file, text, where) {
  let out = text;
  for (const patch of SOURCE_PATCHES) {
    if (!patch.file.test(file) || (where === 'test' && patch.where !== 'both')) continue;
    if (!out.includes(patch.from))
      throw new Error(
        `j-component ${jComponentVersion()} changed: cannot patch ${file}, the text to replace is gone (${JSON.stringify(patch.from.slice(0, 60))}…)`,
      );
    out = out.replace(patch.from, patch.to);
  }
  return out;
}

/** The installed j-component's version, for failures (unknown in the browser bundle, where patches never fail late). */
function jComponentVersion() {
  try {
    return require('j-component/package.json').version;
  } catch {
    return '(version unknown)';
  }
}

/** A relation path as WeChat resolves it: relative to the component's own path ('a/b/c' + '../d' → 'a/d'). */
function joinPath(fromDir, rel) {
  const out = rel.startsWith('/') ? [] : fromDir.split('/').filter(Boolean);
  for (const seg of rel.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

/**
 * WeChat: a component's `relations` name other components by their path relative to its own
 * (vant: '../radio-group/index'), and link to whatever component has that path. j-component looks them up in one
 * global path table that each registration overwrites; this resolves them to the ids the runtime gave those
 * components. `idOfPath` answers for a path without leading '/'. Returns the relations keyed by id, and the
 * original keys → ids (what the component's own getRelationNodes(key) calls mean).
 */
function resolveRelations(componentPath, relations, idOfPath) {
  const byId = {};
  const ids = new Map();
  const dir = componentPath.replace(/^\//, '').split('/').slice(0, -1).join('/');
  for (const [key, value] of Object.entries(relations || {})) {
    const id = idOfPath(joinPath(dir, key));
    if (id) {
      byId[id] = { ...value, target: id };
      ids.set(key, id);
    } else {
      byId[key] = value;
    }
  }
  return { relations: byId, ids };
}

/**
 * WeChat compiles all the WXML of a package into one template table. miniprogram-simulate compiles each load with
 * wcc on its own, and wcc keys its tables by file index in one global (__WXML_GLOBAL__), so separate loads (the
 * project's, each vant component's) overwrite each other's templates. This prelude gives each compiled bundle its
 * own table; the WXS helpers (nv_length …), which may be defined once per realm, share one flag.
 */
const SEPARATE_TEMPLATE_TABLES =
  'var __WXML_GLOBAL__ = { modules: {} };' +
  "Object.defineProperty(__WXML_GLOBAL__, 'wxs_nf_init', { get: function () { return globalThis.__wxsNfInit__; }, set: function (v) { globalThis.__wxsNfInit__ = v; } });";

module.exports = { SOURCE_PATCHES, applySourcePatches, resolveRelations, joinPath, SEPARATE_TEMPLATE_TABLES };
