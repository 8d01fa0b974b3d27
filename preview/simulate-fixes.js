'use strict';
/**
 * The run-time patches jest needs around miniprogram-simulate: three private APIs (of miniprogram-compiler,
 * j-component and miniprogram-exparser) wrapped so that simulate loads pages as WeChat does. The companion of
 * j-component-fixes.js (the source patches and the shared rules), which documents both; test/helpers/simulate.ts
 * applies them with installSimulateFixes. The browser preview needs none of them: it compiles every template
 * into one table (preview/lib/wxml.js) and registers components under its own ids (preview/runtime/registry.ts,
 * with the same resolveRelations), so there is nothing of simulate's to correct there.
 *
 * Each patch checks its target before it wraps it and checks what it gets while it runs: a target that is gone or
 * has changed shape throws a message naming the package, its installed version and what changed, so an upgrade
 * cannot break a fix silently.
 */
const { resolveRelations, SEPARATE_TEMPLATE_TABLES } = require('./j-component-fixes');

/** Marks a function this module has wrapped, so applying a patch twice does not wrap it twice. */
const PATCHED = Symbol.for('wechat-account-guide.simulate-fix');

/** 'name x.y.z' of the installed package (each patch's comment names the version it was written against). */
function installed(pkg) {
  try {
    return `${pkg} ${require(`${pkg}/package.json`).version}`;
  } catch {
    return `${pkg} (version unknown)`;
  }
}

/** The loud failure every patch throws: which package, which version, what changed. */
function changed(pkg, what) {
  return new Error(
    `${installed(pkg)} changed: ${what}. A fix in preview/simulate-fixes.js depends on it; look at the fix again.`,
  );
}

/** Throws unless owner[name] is a function taking `arity` declared parameters (undefined: any). */
function expectFunction(pkg, owner, ownerName, name, arity) {
  const fn = owner === null || owner === undefined ? undefined : owner[name];
  if (typeof fn !== 'function') throw changed(pkg, `${ownerName}.${name} is not a function (found ${typeof fn})`);
  // A function this module wrapped already was checked when it was wrapped.
  if (arity !== undefined && !fn[PATCHED] && fn.length !== arity)
    throw changed(pkg, `${ownerName}.${name} now declares ${fn.length} parameters, not ${arity}`);
  return fn;
}

/**
 * miniprogram-compiler (0.2.3): wxmlToJs(rootPath, options) returns wcc's JS source, which keeps its templates in
 * one global __WXML_GLOBAL__; each result gets SEPARATE_TEMPLATE_TABLES (j-component-fixes.js) in front, so the
 * project's bundle and each vant component's keep their own table. wcc's output gets 16 MiB, not its 1 MiB default:
 * a package whose subpackages carry their own copy of vant (package.json miniprogramSubpackageCopies) compiles to more.
 */
const WCC_OUTPUT_BYTES = 16 * 1024 * 1024;

function separateTemplateTables(compiler) {
  const original = expectFunction('miniprogram-compiler', compiler, 'module', 'wxmlToJs', 1);
  if (original[PATCHED]) return;
  const wrapped = (rootPath, options) => {
    const source = original.call(compiler, rootPath, { maxBuffer: WCC_OUTPUT_BYTES, ...options });
    if (typeof source !== 'string') throw changed('miniprogram-compiler', `wxmlToJs returned ${typeof source}, not JS`);
    if (!source.includes('__WXML_GLOBAL__'))
      throw changed('miniprogram-compiler', 'the JS of wxmlToJs no longer keeps its templates in __WXML_GLOBAL__');
    return `${SEPARATE_TEMPLATE_TABLES}\n${source}`;
  };
  wrapped[PATCHED] = true;
  compiler.wxmlToJs = wrapped;
}

/**
 * j-component (1.4.10): register(definition). simulate resolves relation paths ('../radio-group/index') to ids
 * only among the components of one load(), and each vant component is loaded on its own, so van-radio never
 * finds van-radio-group. While loadTogether(load) runs, registrations are held back; then every relation key is
 * resolved against all the components that load registered (resolveRelations), and they are registered.
 * `relationIds` (component id → relation key as written → related id) is filled for answerRelationsByOwnKeys.
 */
function holdRegistrations(jComponent, relationIds) {
  const original = expectFunction('j-component', jComponent, 'module', 'register');
  const register = original[PATCHED] ? original[PATCHED] : original.bind(jComponent);
  /** Definitions held back while one load runs; null outside loadTogether. */
  let held = null;
  const wrapped = (definition) => {
    if (!held) return register(definition);
    if (definition === null || typeof definition !== 'object' || typeof definition.id !== 'string')
      throw changed('miniprogram-simulate', 'it registers a component definition without a string id');
    if (typeof definition.path !== 'string') return register(definition);
    held.push(definition);
    return definition.id;
  };
  wrapped[PATCHED] = register;
  jComponent.register = wrapped;

  return function loadTogether(load) {
    const pending = [];
    held = pending;
    let id;
    try {
      id = load();
    } finally {
      held = null;
    }
    // A load always registers the component it loads (with its file path): none held means simulate no longer
    // registers through j-component's exported register, and relations would go unresolved without a word.
    if (pending.length === 0)
      throw changed('miniprogram-simulate', 'load() registered no component with a path through j-component.register');
    // simulate's paths are absolute file paths: relations resolve against them (resolveRelations takes them without '/').
    const idByPath = new Map(pending.map((d) => [d.path.replace(/^\//, ''), d.id]));
    for (const definition of pending) {
      const { relations, ids } = resolveRelations(definition.path, definition.relations, (p) => idByPath.get(p));
      definition.relations = relations;
      if (ids.size > 0) relationIds.set(definition.id, ids);
      register(definition);
    }
    return id;
  };
}

/**
 * miniprogram-exparser (2.29.1): Element.setMethodCaller(node, caller) and getMethodCaller(node). Component code
 * asks for related nodes by the key it wrote (vant: getRelationNodes('../radio-group/index')); j-component maps
 * that key through one global path → id table, which the latest render overwrites. The ids resolved for this
 * component's own load (holdRegistrations) answer instead.
 */
function answerRelationsByOwnKeys(exparser, relationIds) {
  const Element = exparser === null || exparser === undefined ? undefined : exparser.Element;
  const original = expectFunction('miniprogram-exparser', Element, 'Element', 'setMethodCaller', 2);
  expectFunction('miniprogram-exparser', Element, 'Element', 'getMethodCaller', 1);
  if (original[PATCHED]) return;
  const setMethodCaller = original.bind(Element);
  const wrapped = (node, caller) => {
    if (caller === null || typeof caller !== 'object')
      throw changed(
        'miniprogram-exparser',
        `Element.setMethodCaller got ${caller === null ? 'null' : typeof caller} as a caller, not an object`,
      );
    const getRelationNodes = caller.getRelationNodes;
    if (typeof getRelationNodes === 'function') {
      caller.getRelationNodes = (key) => {
        const id = relationIds.get(node.is)?.get(key);
        if (!id) return getRelationNodes(key);
        if (typeof node.getRelationNodes !== 'function')
          throw changed('miniprogram-exparser', 'an element has no getRelationNodes(id)');
        return (node.getRelationNodes(id) ?? []).map((n) => Element.getMethodCaller(n));
      };
    }
    setMethodCaller(node, caller);
  };
  wrapped[PATCHED] = true;
  Element.setMethodCaller = wrapped;
}

/** Applies every patch to the modules simulate uses; returns loadTogether for renders. */
function installSimulateFixes({ compiler, jComponent, exparser }) {
  const relationIds = new Map();
  separateTemplateTables(compiler);
  const loadTogether = holdRegistrations(jComponent, relationIds);
  answerRelationsByOwnKeys(exparser, relationIds);
  return { loadTogether };
}

module.exports = { separateTemplateTables, holdRegistrations, answerRelationsByOwnKeys, installSimulateFixes };
