/**
 * Where sigma will draw each node in its first frame, computed before sigma exists, with sigma's
 * own functions (sigma/utils) and its default camera: the labels placed on it are forced in the
 * graph before sigma is built, so its constructor's frame, the first the page shows, has them.
 * Without this, sigma draws once to learn the positions and again with the labels (each frame of
 * a 20,000-organisation map costs about a second in a software renderer). A browser test holds it
 * to sigma's live positions (report-startup.e2e).
 */
import type Graph from "graphology";
import { Camera } from "sigma";
import { createNormalizationFunction, graphExtent, matrixFromCamera, multiplyVec2 } from "sigma/utils";
import type { LabelFrame } from "./label-placement.ts";

/** sigma's stagePadding: passed to sigma (map.ts) and used here, so both frame the graph alike. */
export const STAGE_PADDING = 30;

/** The frame of a container not yet holding sigma (sigma reads offsetWidth/Height, at least 1). */
export function initialFrame(graph: Graph, container: HTMLElement): LabelFrame {
  const width = container.offsetWidth || 1;
  const height = container.offsetHeight || 1;
  const extent = graphExtent(graph);
  const normalise = createNormalizationFunction(extent);
  const graphDimensions = {
    width: extent.x[1] - extent.x[0] || 1,
    height: extent.y[1] - extent.y[0] || 1,
  };
  const matrix = matrixFromCamera(new Camera().getState(), { width, height }, graphDimensions, STAGE_PADDING);
  return {
    width,
    height,
    at(key) {
      const attrs = graph.getNodeAttributes(key) as { x: number; y: number; size: number };
      const p = multiplyVec2(matrix, normalise({ x: attrs.x, y: attrs.y }));
      // At the default camera (ratio 1) sigma draws a node at its size in pixels (scaleSize).
      return { x: ((1 + p.x) * width) / 2, y: ((1 - p.y) * height) / 2, size: attrs.size };
    },
  };
}
