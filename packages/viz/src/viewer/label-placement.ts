/**
 * Which labels to draw at the current zoom without overlap: candidates in order of importance,
 * each placed right of its node (as sigma draws labels); a label whose box would overlap one
 * already placed, or fall outside the viewport, is skipped. Pure: positions and widths come in.
 */
import type Graph from "graphology";
import type Sigma from "sigma";

export interface LabelCandidate {
  key: string;
  /** Viewport position of the node centre and its rendered radius (pixels). */
  x: number;
  y: number;
  size: number;
  /** Label width in pixels (measured with the label font). */
  width: number;
}

export interface LabelBox {
  key: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const GAP = 3;

export function labelBox(c: LabelCandidate, height: number): LabelBox {
  const left = c.x + c.size + GAP;
  return { key: c.key, left, top: c.y - height / 2 - 1, right: left + c.width, bottom: c.y + height / 2 + 1 };
}

export function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export function placeLabels(
  candidates: readonly LabelCandidate[],
  options: { count: number; height: number; width: number; viewportHeight: number },
): LabelBox[] {
  const placed: LabelBox[] = [];
  for (const c of candidates) {
    if (placed.length >= options.count) break;
    const box = labelBox(c, options.height);
    if (box.left < 0 || box.top < 0 || box.right > options.width || box.bottom > options.viewportHeight)
      continue;
    if (placed.some((p) => overlaps(p, box))) continue;
    placed.push(box);
  }
  return placed;
}

/** The label boxes to draw now: the ranked visible organisations, measured with the label font. */
export function visibleLabels(
  renderer: Sigma<any, any>,
  graph: Graph,
  ranking: readonly string[],
  visible: Set<string> | null,
  options: { fontSize: number; font: string; count: number },
): LabelBox[] {
  const { width, height } = renderer.getDimensions();
  const ctx = measureContext();
  if (ctx) ctx.font = `500 ${options.fontSize}px ${options.font}`;
  const candidates: LabelCandidate[] = [];
  for (const key of ranking) {
    if (candidates.length >= options.count * 6) break;
    if (visible && !visible.has(key)) continue;
    // Hidden organisations are the ones outside `visible` (the reducers hide nothing else); sigma's
    // own hidden flag is not read, as it is set on every node while the map is held (map.ts).
    const data = renderer.getNodeDisplayData(key);
    if (!data) continue;
    const text = String(graph.getNodeAttribute(key, "label") ?? "");
    const at = renderer.framedGraphToViewport({ x: data.x, y: data.y });
    candidates.push({
      key,
      x: at.x,
      y: at.y,
      size: renderer.scaleSize(data.size),
      width: ctx ? ctx.measureText(text).width : text.length * options.fontSize * 0.6,
    });
  }
  return placeLabels(candidates, {
    count: options.count,
    height: options.fontSize,
    width,
    viewportHeight: height,
  });
}

let context: CanvasRenderingContext2D | null | undefined;
function measureContext(): CanvasRenderingContext2D | null {
  if (context === undefined) context = document.createElement("canvas").getContext("2d");
  return context;
}
