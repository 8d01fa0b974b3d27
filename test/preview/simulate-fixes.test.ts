/**
 * The run-time patches of preview/simulate-fixes.js: each applies to the installed packages, and each fails
 * loudly (package, version, what changed) when what it patches is gone or has changed shape.
 */
import {
  answerRelationsByOwnKeys,
  holdRegistrations,
  separateTemplateTables,
  type Definition,
  type Exparser,
  type ExparserNode,
  type JComponent,
  type MethodCaller,
  type RelationIds,
  type WxmlCompiler,
} from '../../preview/simulate-fixes';
import { SEPARATE_TEMPLATE_TABLES } from '../../preview/j-component-fixes';

/** The installed version of a package, as the failures name it. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const version = (pkg: string): string => (require(`${pkg}/package.json`) as { version: string }).version;

/** A stand-in for a module: whatever shape a test gives it, typed as the module the patch expects. */
const standIn = <T>(shape: Record<string, unknown>): T => shape as unknown as T;

describe('the simulate fixes on the installed packages', () => {
  it('find every function they patch, with the parameters they were written for', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const compiler = require('miniprogram-compiler') as WxmlCompiler;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const jComponent = require('j-component') as JComponent;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exparser = require('miniprogram-exparser') as Exparser;
    // test/helpers/simulate.ts is not loaded here: these are the packages' own functions.
    expect(() => separateTemplateTables({ wxmlToJs: compiler.wxmlToJs })).not.toThrow();
    expect(() => holdRegistrations({ register: jComponent.register }, new Map())).not.toThrow();
    expect(() =>
      answerRelationsByOwnKeys(
        {
          Element: {
            setMethodCaller: exparser.Element.setMethodCaller,
            getMethodCaller: exparser.Element.getMethodCaller,
          },
        },
        new Map(),
      ),
    ).not.toThrow();
  });
});

describe('separateTemplateTables (miniprogram-compiler wxmlToJs)', () => {
  const label = `miniprogram-compiler ${version('miniprogram-compiler')} changed`;

  it('puts the separate-table prelude in front of the compiled templates', () => {
    const compiler = standIn<WxmlCompiler>({ wxmlToJs: (root: string) => `var __WXML_GLOBAL__ = {}; /* ${root} */` });
    separateTemplateTables(compiler);
    separateTemplateTables(compiler); // applied twice, wrapped once
    const out = compiler.wxmlToJs('/r');
    expect(out.startsWith(`${SEPARATE_TEMPLATE_TABLES}\nvar __WXML_GLOBAL__`)).toBe(true);
    expect(out.split(SEPARATE_TEMPLATE_TABLES)).toHaveLength(2);
  });

  it('fails loudly when wxmlToJs is gone', () => {
    expect(() => separateTemplateTables(standIn<WxmlCompiler>({ compile: () => '' }))).toThrow(
      `${label}: module.wxmlToJs is not a function (found undefined)`,
    );
  });

  it('fails loudly when wxmlToJs takes other parameters', () => {
    const compiler = standIn<WxmlCompiler>({ wxmlToJs: (files: string[], root: string) => `${files.length}${root}` });
    expect(() => separateTemplateTables(compiler)).toThrow(`${label}: module.wxmlToJs now declares 2 parameters`);
  });

  it('fails loudly when the compiled JS no longer keeps its templates in __WXML_GLOBAL__', () => {
    const compiler = standIn<WxmlCompiler>({ wxmlToJs: (root: string) => `var $gwx = {}; /* ${root} */` });
    separateTemplateTables(compiler);
    expect(() => compiler.wxmlToJs('/r')).toThrow(`${label}: the JS of wxmlToJs no longer keeps its templates`);
  });

  it('fails loudly when wxmlToJs returns something other than source', () => {
    const compiler = standIn<WxmlCompiler>({ wxmlToJs: (root: string) => ({ root }) });
    separateTemplateTables(compiler);
    expect(() => compiler.wxmlToJs('/r')).toThrow(`${label}: wxmlToJs returned object, not JS`);
  });
});

describe('holdRegistrations (j-component register)', () => {
  function setup() {
    const registered: Definition[] = [];
    const jComponent = standIn<JComponent>({
      register: (d: Definition) => (registered.push(d), d.id),
    });
    const relationIds: RelationIds = new Map();
    const loadTogether = holdRegistrations(jComponent, relationIds);
    return { registered, jComponent, relationIds, loadTogether };
  }

  it('registers what one load held back, its relations resolved across the components of that load', () => {
    const { registered, jComponent, relationIds, loadTogether } = setup();
    const id = loadTogether(() => {
      jComponent.register({ id: 'g', path: '/lib/radio-group/index', relations: {} });
      jComponent.register({ id: 'r', path: '/lib/radio/index', relations: { '../radio-group/index': {} } });
      expect(registered).toEqual([]); // held back while the load runs
      return 'r';
    });
    expect(id).toBe('r');
    expect(registered.map((d) => d.id)).toEqual(['g', 'r']);
    expect(registered[1].relations).toEqual({ g: { target: 'g' } });
    expect([...(relationIds.get('r') ?? [])]).toEqual([['../radio-group/index', 'g']]);
    // Outside a load, registrations pass straight through.
    jComponent.register({ id: 'x', path: '/x' });
    expect(registered.map((d) => d.id)).toEqual(['g', 'r', 'x']);
  });

  it('fails loudly when register is gone', () => {
    expect(() => holdRegistrations(standIn<JComponent>({ create: () => '' }), new Map())).toThrow(
      `j-component ${version('j-component')} changed: module.register is not a function (found undefined)`,
    );
  });

  it('fails loudly when a load registers nothing through it (simulate no longer calls the exported register)', () => {
    const { loadTogether } = setup();
    expect(() => loadTogether(() => 'id')).toThrow(
      `miniprogram-simulate ${version('miniprogram-simulate')} changed: load() registered no component with a path`,
    );
  });

  it('fails loudly when simulate hands over a definition without an id', () => {
    const { jComponent, loadTogether } = setup();
    expect(() => loadTogether(() => jComponent.register(standIn<Definition>({ path: '/a' })))).toThrow(
      'registers a component definition without a string id',
    );
  });
});

describe('answerRelationsByOwnKeys (miniprogram-exparser Element.setMethodCaller)', () => {
  const label = `miniprogram-exparser ${version('miniprogram-exparser')} changed`;

  function setup() {
    const callers = new Map<ExparserNode, MethodCaller>();
    const Element = {
      setMethodCaller: (node: ExparserNode, caller: MethodCaller) => void callers.set(node, caller),
      getMethodCaller: (node: ExparserNode) => callers.get(node) ?? {},
    };
    const relationIds: RelationIds = new Map([['radio', new Map([['../radio-group/index', 'group-id']])]]);
    answerRelationsByOwnKeys(standIn<Exparser>({ Element }), relationIds);
    return { Element, callers };
  }

  it('answers a relation key with the nodes of the id this component resolved it to', () => {
    const { Element } = setup();
    const groupCaller: MethodCaller & { name: string } = { name: 'group' };
    const group: ExparserNode = { is: 'group-id', getRelationNodes: () => null };
    Element.setMethodCaller(group, groupCaller);
    const radio: ExparserNode = {
      is: 'radio',
      getRelationNodes: (id: string) => (id === 'group-id' ? [group] : null),
    };
    const fallback = jest.fn(() => ['fallback']);
    Element.setMethodCaller(radio, { getRelationNodes: fallback });
    const caller = Element.getMethodCaller(radio);
    expect(caller.getRelationNodes?.('../radio-group/index')).toEqual([groupCaller]);
    expect(caller.getRelationNodes?.('../other/index')).toEqual(['fallback']);
    expect(fallback).toHaveBeenCalledTimes(1);
  });

  it('fails loudly when Element.setMethodCaller is gone', () => {
    const exparser = standIn<Exparser>({ Element: { getMethodCaller: (n: unknown) => n } });
    expect(() => answerRelationsByOwnKeys(exparser, new Map())).toThrow(
      `${label}: Element.setMethodCaller is not a function (found undefined)`,
    );
  });

  it('fails loudly when Element itself is gone', () => {
    expect(() => answerRelationsByOwnKeys(standIn<Exparser>({}), new Map())).toThrow(
      `${label}: Element.setMethodCaller is not a function`,
    );
  });

  it('fails loudly when Element.getMethodCaller is gone', () => {
    const exparser = standIn<Exparser>({ Element: { setMethodCaller: (n: unknown, c: unknown) => [n, c] } });
    expect(() => answerRelationsByOwnKeys(exparser, new Map())).toThrow(
      `${label}: Element.getMethodCaller is not a function`,
    );
  });

  it('fails loudly when setMethodCaller takes other parameters', () => {
    const exparser = standIn<Exparser>({
      Element: { setMethodCaller: (n: unknown) => n, getMethodCaller: (n: unknown) => n },
    });
    expect(() => answerRelationsByOwnKeys(exparser, new Map())).toThrow(
      `${label}: Element.setMethodCaller now declares 1 parameters, not 2`,
    );
  });

  it('fails loudly when a caller is not an object', () => {
    const { Element } = setup();
    expect(() =>
      Element.setMethodCaller({ is: 'x', getRelationNodes: () => null }, standIn<MethodCaller>({})),
    ).not.toThrow();
    expect(() =>
      Element.setMethodCaller({ is: 'x', getRelationNodes: () => null }, null as unknown as MethodCaller),
    ).toThrow(`${label}: Element.setMethodCaller got null as a caller, not an object`);
  });
});
