/**
 * cutPieces (one depth-first search) gives, for every organisation, the parts its component falls
 * into without it: checked against a breadth-first search of the graph with that organisation
 * removed, on seeded random graphs with trees, cycles, several components and isolates.
 */
import { createRng } from "@ecolens/core";
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { cutPieces } from "../../src/resilience/cut-pieces.ts";
import { buildView, type GraphView } from "../../src/view/graph-view.ts";

function randomGraph(n: number, extra: number, seed: number): Graph {
  const rng = createRng(seed);
  const g = new Graph({ type: "undirected", multi: true });
  for (let i = 0; i < n; i++) g.addNode(`v${i}`);
  // A random forest (many cut vertices), then a few extra ties (cycles) and parallel ties.
  for (let i = 1; i < n; i++) if (rng() < 0.85) g.addEdge(`v${i}`, `v${Math.floor(rng() * i)}`);
  for (let k = 0; k < extra; k++) {
    const a = Math.floor(rng() * n);
    const b = Math.floor(rng() * n);
    if (a !== b) g.addEdge(`v${a}`, `v${b}`);
  }
  return g;
}

/** Sizes of the components of the view without v that were in v's component, largest first. */
function bruteForce(view: GraphView, v: number): number[] {
  const seen = new Uint8Array(view.n);
  seen[v] = 1;
  const pieces: number[] = [];
  for (let e = view.outOffsets[v]; e < view.outOffsets[v + 1]; e++) {
    const start = view.outTargets[e];
    if (seen[start]) continue;
    seen[start] = 1;
    const queue = [start];
    for (let h = 0; h < queue.length; h++)
      for (let f = view.outOffsets[queue[h]]; f < view.outOffsets[queue[h] + 1]; f++)
        if (!seen[view.outTargets[f]]) {
          seen[view.outTargets[f]] = 1;
          queue.push(view.outTargets[f]);
        }
    pieces.push(queue.length);
  }
  return pieces.sort((a, b) => b - a);
}

describe("cutPieces", () => {
  it("matches a search of the graph without each organisation", () => {
    for (const [n, extra, seed] of [
      [1, 0, 1],
      [2, 0, 2],
      [30, 0, 3],
      [60, 10, 4],
      [200, 40, 5],
      [200, 400, 6],
    ]) {
      const view = buildView(randomGraph(n, extra, seed), { directed: false, getEdgeWeight: null });
      const piecesOf = cutPieces(view);
      for (let v = 0; v < view.n; v++) expect(piecesOf(v)).toEqual(bruteForce(view, v));
    }
  });

  it("splits a path at its middle into two and leaves an end with one part", () => {
    const g = new Graph({ type: "undirected" });
    for (const id of ["a", "b", "c", "d", "e"]) g.addNode(id);
    for (const [s, t] of [
      ["a", "b"],
      ["b", "c"],
      ["c", "d"],
      ["d", "e"],
    ])
      g.addEdge(s, t);
    const view = buildView(g, { directed: false, getEdgeWeight: null });
    const piecesOf = cutPieces(view);
    expect(piecesOf(view.index.get("c") as number)).toEqual([2, 2]);
    expect(piecesOf(view.index.get("b") as number)).toEqual([3, 1]);
    expect(piecesOf(view.index.get("a") as number)).toEqual([4]);
  });
});
