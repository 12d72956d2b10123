/**
 * The layout of a large map (over LARGE_LAYOUT_ORDER organisations): cheaper Barnes-Hut and a
 * larger step, so its 40 iterations get near rest. Measured as the mean length of a tie relative to
 * the median distance between two random organisations: graphology's defaults left 20,000
 * organisations at 0.53 (close to the random start), a layout run to rest reaches about 0.25.
 */
import { createRng } from "@ecolens/core";
import { describe, expect, it } from "vitest";
import {
  LARGE_LAYOUT_ORDER,
  LARGE_LAYOUT_SETTINGS,
  type LayoutInput,
  layoutFromInput,
  sizeSettingsFor,
} from "../src/layout/index.ts";

/** n organisations on a ring, each tied to 3 of its 12 next ones and now and then to anyone. */
function ringInput(n: number): LayoutInput {
  const rng = createRng(5);
  const seen = new Set<number>();
  for (let a = 0; a < n; a++)
    for (let k = 0; k < 3; k++) {
      const b = rng() < 0.9 ? (a + 1 + Math.floor(rng() * 12)) % n : Math.floor(rng() * n);
      if (a !== b) seen.add(Math.min(a, b) * n + Math.max(a, b));
    }
  const keys = [...seen].sort((x, y) => x - y);
  return {
    ids: Array.from({ length: n }, (_, i) => `o${String(i).padStart(6, "0")}`),
    sources: Int32Array.from(keys, (key) => Math.floor(key / n)),
    targets: Int32Array.from(keys, (key) => key % n),
    weights: new Float64Array(keys.length).fill(1),
  };
}

/** Mean tie length / median distance of 20,000 random pairs (seeded). */
function tieLengthRatio(input: LayoutInput, xy: { x: Float64Array; y: Float64Array }): number {
  const d = (a: number, b: number) => Math.hypot(xy.x[a] - xy.x[b], xy.y[a] - xy.y[b]);
  let sum = 0;
  for (let e = 0; e < input.sources.length; e++) sum += d(input.sources[e], input.targets[e]);
  const rng = createRng(9);
  const n = input.ids.length;
  const pairs = Array.from({ length: 20000 }, () => d(Math.floor(rng() * n), Math.floor(rng() * n)));
  pairs.sort((a, b) => a - b);
  return sum / input.sources.length / pairs[pairs.length >> 1];
}

describe("layout settings by size", () => {
  it("keeps graphology's Barnes-Hut and step up to LARGE_LAYOUT_ORDER, the large settings above", () => {
    expect(sizeSettingsFor(599)).toEqual({});
    expect(sizeSettingsFor(LARGE_LAYOUT_ORDER)).toEqual({});
    expect(sizeSettingsFor(LARGE_LAYOUT_ORDER + 1)).toEqual(LARGE_LAYOUT_SETTINGS);
    expect(LARGE_LAYOUT_SETTINGS.barnesHutTheta).toBeGreaterThan(0.5);
  });

  it("draws the ties of a large ring short: mean tie under 0.3 of the median distance (0.40 with graphology's defaults)", () => {
    const input = ringInput(LARGE_LAYOUT_ORDER + 500);
    const xy = layoutFromInput(input, { seed: 42 });
    for (let i = 0; i < input.ids.length; i++) expect(Number.isFinite(xy.x[i] + xy.y[i])).toBe(true);
    expect(tieLengthRatio(input, xy)).toBeLessThan(0.3);
  });
});
