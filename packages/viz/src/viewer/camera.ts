/** Camera framing: after a filter, the map shows what the filter leaves, filling the frame. */
import type Graph from "graphology";
import type Sigma from "sigma";

export function fitToNodes(renderer: Sigma<any, any>, graph: Graph, visible: Set<string> | null): void {
  if (visible === null || visible.size === 0) renderer.setCustomBBox(null);
  else {
    let minX = Number.POSITIVE_INFINITY;
    let maxX = Number.NEGATIVE_INFINITY;
    let minY = Number.POSITIVE_INFINITY;
    let maxY = Number.NEGATIVE_INFINITY;
    for (const key of visible) {
      const x = graph.getNodeAttribute(key, "x") as number;
      const y = graph.getNodeAttribute(key, "y") as number;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    renderer.setCustomBBox(null);
    const full = renderer.getBBox();
    // A little room around what is left; a single organisation gets a small window of its own.
    const span = Math.max(maxX - minX, maxY - minY);
    const pad = span > 0 ? span * 0.05 : Math.max(full.x[1] - full.x[0], full.y[1] - full.y[0]) * 0.05;
    renderer.setCustomBBox({ x: [minX - pad, maxX + pad], y: [minY - pad, maxY + pad] });
  }
  renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  renderer.refresh();
}

/** Two visible sets (null = all) hold the same organisations. */
export function sameSet(a: Set<string> | null, b: Set<string> | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.size !== b.size) return false;
  for (const k of a) if (!b.has(k)) return false;
  return true;
}

/** Share of the viewport's width and height spanned by the visible organisations (all when null). */
export function viewportExtent(
  renderer: Sigma<any, any>,
  graph: Graph,
  visible: Set<string> | null,
): { x: number; y: number } {
  const { width, height } = renderer.getDimensions();
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  graph.forEachNode((key, a) => {
    if (visible && !visible.has(key)) return;
    const p = renderer.graphToViewport({ x: a.x as number, y: a.y as number });
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  });
  if (!Number.isFinite(minX) || width === 0 || height === 0) return { x: 0, y: 0 };
  return { x: (maxX - minX) / width, y: (maxY - minY) / height };
}
