/** Types of preview/simulate-fixes.js, for the jest helper (test/helpers/simulate.ts) and its tests. */

/** The part of miniprogram-compiler the fix wraps. */
export interface WxmlCompiler {
  wxmlToJs(rootPath: string, options?: Record<string, unknown>): string;
}

/** A component definition as miniprogram-simulate hands it to j-component. */
export interface Definition {
  id: string;
  path?: string;
  relations?: Record<string, Record<string, unknown>>;
}
export interface JComponent {
  register(definition: Definition): string;
}

export interface ExparserNode {
  is: string;
  getRelationNodes(key: string): ExparserNode[] | null;
}
export interface MethodCaller {
  getRelationNodes?: (key: string) => unknown[] | null;
}
export interface Exparser {
  Element: {
    setMethodCaller(node: ExparserNode, caller: MethodCaller): void;
    getMethodCaller(node: ExparserNode): MethodCaller;
  };
}

/** Component id → its relation keys as written (e.g. '../radio-group/index') → the related component's id. */
export type RelationIds = Map<string, Map<string, string>>;

export function separateTemplateTables(compiler: WxmlCompiler): void;
export function holdRegistrations(jComponent: JComponent, relationIds: RelationIds): (load: () => string) => string;
export function answerRelationsByOwnKeys(exparser: Exparser, relationIds: RelationIds): void;
export function installSimulateFixes(modules: { compiler: WxmlCompiler; jComponent: JComponent; exparser: Exparser }): {
  loadTogether(load: () => string): string;
};
