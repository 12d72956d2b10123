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

/**
 * Where the map puts its nodes in the viewport: from the live renderer (liveFrame), or computed
 * before sigma exists so the first frame has its labels (initial-frame.ts).
 */
export interface LabelFrame {
  width: number;
  height: number;
  /** Viewport position of a node's centre and its rendered radius, or null when it has none. */
  at(key: string): { x: number; y: number; size: number } | null;
}

/** The frame sigma draws now. */
export function liveFrame(renderer: Sigma<any, any>): LabelFrame {
  const { width, height } = renderer.getDimensions();
  return {
    width,
    height,
    at(key) {
      const data = renderer.getNodeDisplayData(key);
      if (!data || data.hidden) return null;
      const at = renderer.framedGraphToViewport({ x: data.x, y: data.y });
      return { x: at.x, y: at.y, size: renderer.scaleSize(data.size) };
    },
  };
}

/** The label boxes to draw now: the ranked visible organisations, measured with the label font. */
export function visibleLabels(
  frame: LabelFrame,
  graph: Graph,
  ranking: readonly string[],
  visible: Set<string> | null,
  options: { fontSize: number; font: string; count: number },
): LabelBox[] {
  const ctx = measureContext();
  if (ctx) ctx.font = `500 ${options.fontSize}px ${options.font}`;
  const candidates: LabelCandidate[] = [];
  for (const key of ranking) {
    if (candidates.length >= options.count * 6) break;
    if (visible && !visible.has(key)) continue;
    const at = frame.at(key);
    if (!at) continue;
    const text = String(graph.getNodeAttribute(key, "label") ?? "");
    candidates.push({
      key,
      x: at.x,
      y: at.y,
      size: at.size,
      width: ctx ? ctx.measureText(text).width : text.length * options.fontSize * 0.6,
    });
  }
  return placeLabels(candidates, {
    count: options.count,
    height: options.fontSize,
    width: frame.width,
    viewportHeight: frame.height,
  });
}

let context: CanvasRenderingContext2D | null | undefined;
function measureContext(): CanvasRenderingContext2D | null {
  if (context === undefined) context = document.createElement("canvas").getContext("2d");
  return context;
}
