import type { EcoNetwork } from "@ecolens/core";
import { describe, expect, it } from "vitest";
import {
  auc,
  defaultFactories,
  evaluateLinkPrediction,
  precisionAtK,
  type ScoreFactory,
} from "../../src/links/evaluate.ts";
import { hasTie, linkView } from "../../src/links/scores.ts";
import { makeNetwork } from "../gaps/fixture.ts";
import { loadReference } from "../helpers/reference.ts";

function asNetwork(name: string): EcoNetwork {
  const ref = loadReference(name);
  return { ...makeNetwork({ orgs: [] }), graph: ref.graph as EcoNetwork["graph"] };
}

describe("evaluation measures (hand-derived)", () => {
  it("AUC counts ties as one half", () => {
    // pos 3 and 2 against neg 1 and 2: 1 + 1 + 1 + 1/2 out of 4.
    expect(auc([3, 2], [1, 2])).toBe(0.875);
    expect(auc([1], [1])).toBe(0.5);
    expect(auc([], [1])).toBeNaN();
  });
  it("precision@k shares the places of pairs tied at the cut", () => {
    // Best: 3 (hit); one place left for the tie {2 hit, 2 miss}: half a hit.
    expect(precisionAtK([3, 2], [2, 1], 2)).toBe(0.75);
    expect(precisionAtK([5], [1, 1], 1)).toBe(1);
  });
});

describe("hide-and-find evaluation", () => {
  const karate = asNetwork("karate");
  it("an oracle that knows the full network scores AUC 1 and precision 1", () => {
    const full = linkView(karate.graph);
    const oracle: ScoreFactory = () => (i, j) => (hasTie(full, i, j) ? 1 : 0);
    const result = evaluateLinkPrediction(karate, { oracle }, { repeats: 3 });
    expect(result.hidden_per_run).toBe(8); // round(0.1 × 78)
    expect(result.results[0]).toMatchObject({ score: "oracle", auc_mean: 1, precision_mean: 1 });
  });
  it("a constant score is no better than chance", () => {
    const constant: ScoreFactory = () => () => 0;
    const result = evaluateLinkPrediction(karate, { constant }, { repeats: 2 });
    expect(result.results[0].auc_mean).toBe(0.5);
  });
  it("neighbourhood scores beat chance on karate, and runs are repeatable", () => {
    const a = evaluateLinkPrediction(karate, defaultFactories(), { repeats: 4, seed: 1 });
    const b = evaluateLinkPrediction(karate, defaultFactories(), { repeats: 4, seed: 1 });
    expect(a).toEqual(b);
    const ra = a.results.find((r) => r.score === "resource_allocation")!;
    expect(ra.auc_mean).toBeGreaterThan(0.6);
    expect(a.results.map((r) => r.score)).toEqual([
      "common_neighbors",
      "jaccard",
      "adamic_adar",
      "resource_allocation",
      "preferential_attachment",
      "combined",
    ]);
  });
});
