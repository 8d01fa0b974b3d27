import type { Rendered } from './simulate';

export interface WxmlStats {
  /** Element nodes under the page (component hosts and their rendered content included; text nodes not). */
  nodes: number;
  /** Deepest element below the page root (its children are depth 1). */
  depth: number;
}

/** Counts the rendered tree as WeChat's audit sees it: every element below the page. */
export function wxmlStats(rendered: Pick<Rendered, 'comp'>): WxmlStats {
  let nodes = 0;
  let depth = 0;
  const walk = (el: Element, level: number): void => {
    for (const child of Array.from(el.children)) {
      nodes++;
      depth = Math.max(depth, level);
      walk(child, level + 1);
    }
  };
  walk(rendered.comp.dom, 1);
  return { nodes, depth };
}
