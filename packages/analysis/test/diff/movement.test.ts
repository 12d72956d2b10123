import { describe, expect, it } from "vitest";
import { compareRounds, diffRounds, roundMetrics } from "../../src/index.ts";
import { IEPER, POPERINGE, round } from "./fixture.ts";

/*
 * Hand-checked example. Old round (all in Ieper): school S (formal), sports club C and library L
 * (non-formal/informal), municipality G (neither side). Ties S-G, C-L.
 *   n 4, m 2, density 2/6; components {S,G} {C,L}: 2, largest share 1/2; all degrees 1, so degree
 *   centralization 0; E-I: S-G left out (G has no side), C-L internal: E 0, I 1 -> -1; no
 *   organisation has a tie across the line: share 0 of 3; Ieper has no such tie.
 * New round: + youth centre N in Poperinge; ties S-G, C-L, S-C, N-C.
 *   n 5, m 4, density 4/10; one component, share 1; degrees S2 G1 C3 L1 N1: Σ(3-d) = 7 over
 *   4·3 = 12; E-I: S-C external, C-L and N-C internal -> (1-2)/3; with a cross-line tie: S, C of
 *   S, C, L, N -> 1/2; Ieper 2 of 3 (S, C, L) newly bridged; Poperinge 0 of 1.
 *   Betweenness (G-S-C-L, C-N): S lies on G-C, G-L, G-N: 3; C on S-L, S-N, L-N, G-L, G-N: 5;
 *   normalised by (n-1)(n-2)/2 = 6 -> S 1/2, C 5/6. Old round: all 0.
 */
const orgs = [
  { org_id: "S", name: "School", org_type: "school_primary", nis_code: IEPER },
  { org_id: "C", name: "Club", org_type: "sports_club", nis_code: IEPER },
  { org_id: "L", name: "Bib", org_type: "library", nis_code: IEPER },
  { org_id: "G", name: "Gemeente", org_type: "local_government", nis_code: IEPER },
];
const oldRound = round({
  orgs,
  ties: [
    ["S", "G", "governance"],
    ["C", "L", "joint_activity"],
  ],
});
const newRound = round({
  orgs: [...orgs, { org_id: "N", name: "Jeugdhuis", org_type: "youth_centre", nis_code: POPERINGE }],
  ties: [
    ["S", "G", "governance"],
    ["C", "L", "joint_activity"],
    ["S", "C", "joint_activity"],
    ["N", "C", "information_sharing"],
  ],
});

describe("movement on a hand-checked example", () => {
  const r = compareRounds(oldRound, newRound, { labels: { old: "2023", new: "2025" } });
  const value = (name: string) => r.movement.metrics.find((m) => m.metric === name)!;

  it("whole-network figures side by side", () => {
    const expected: Record<string, [number, number]> = {
      organisations: [4, 5],
      ties: [2, 4],
      density: [2 / 6, 4 / 10],
      components: [2, 1],
      largest_component_share: [0.5, 1],
      degree_centralization: [0, 7 / 12],
      ei_formal: [-1, -1 / 3],
      cross_line_ties: [0, 1],
      cross_line_share: [0, 0.5],
      municipalities_without_cross_line_tie: [1, 1],
    };
    for (const [metric, [a, b]] of Object.entries(expected)) {
      expect(value(metric).old, metric).toBeCloseTo(a, 12);
      expect(value(metric).new, metric).toBeCloseTo(b, 12);
    }
    expect(value("cross_line_share").assessment).toBe("better");
    expect(value("components").assessment).toBe("better");
    expect(value("municipalities_without_cross_line_tie").assessment).toBe("same");
    expect(value("density").assessment).toBe("neutral");
    expect(typeof value("modularity").new).toBe("number");
  });

  it("bridging per municipality, with today's NIS codes", () => {
    const ieper = r.movement.municipalities.find((m) => m.key === IEPER)!;
    expect(ieper.status).toBe("newly_bridged");
    expect(ieper.old?.share).toBe(0);
    expect(ieper.new?.share).toBeCloseTo(2 / 3, 12);
    const pop = r.movement.municipalities.find((m) => m.key === POPERINGE)!;
    expect(pop.status).toBe("still_none");
    expect(pop.old).toBeNull();
    expect(r.movement.rounds.new.without_cross_line_tie).toEqual(["Poperinge"]);
  });

  it("each organisation's change in degree and betweenness", () => {
    const row = (id: string) => r.movement.centrality.find((c) => c.new_id === id)!;
    expect(row("S").degree).toEqual({ old: 1, new: 2, change: 1 });
    expect(row("C").degree).toEqual({ old: 1, new: 3, change: 2 });
    expect(row("S").betweenness.change).toBeCloseTo(1 / 2, 12);
    expect(row("C").betweenness.change).toBeCloseTo(5 / 6, 12);
    expect(row("N")).toMatchObject({ old_id: null, degree: { old: null, new: 1, change: null } });
    expect(r.movement.risers.map((c) => c.new_id)).toEqual(["C", "S"]);
    expect(r.movement.fallers).toEqual([]);
  });

  it("follows up the first round's suggestions against the second round's ties", () => {
    const s = r.movement.suggestions;
    expect(s.checked).toBe(s.items.length);
    for (const item of s.items) {
      const exists = newRound.graph.areNeighbors(item.new_u ?? "", item.new_v ?? "");
      expect(item.status === "realised").toBe(exists);
    }
    expect(s.realised).toBe(s.items.filter((i) => i.status === "realised").length);
  });

  it("tells the story and the verdict", () => {
    const en = r.story.headline.map((t) => t.en).join("\n");
    expect(en).toContain("The network grew from 4 to 5 organisations: 1 new, 0 stopped.");
    expect(en).toContain("1 new ties cross the formal ↔ non-formal/informal line (0 ended)");
    expect(en).toContain("50% of the organisations on either side now has such a tie (was 0%)");
    expect(en).toContain("1 municipality still has no formal ↔ informal tie: Poperinge.");
    expect(en).toContain("Newly bridged: Ieper.");
    expect(r.story.headline.map((t) => t.nl).join("\n")).toContain("E-I-index formeel ↔ de rest: -1 → -0,33");
    // cross-line share, E-I and main component better; municipalities and barriers unchanged.
    expect(r.story.goals.map((g) => g.assessment)).toEqual(["better", "better", "same", "better", "same"]);
    expect(r.story.verdict).toBe("yes");
  });

  it("a round compared with itself has no changes and no movement", () => {
    const same = compareRounds(newRound, newRound);
    expect(same.diff.counts.relations).toMatchObject({ added: 0, removed: 0, changed: 0 });
    expect(same.story.verdict).toBe("unchanged");
  });
});

describe("diffRounds", () => {
  it("gives one line per metric over three rounds", () => {
    const middle = round({
      orgs,
      ties: [
        ["S", "G", "governance"],
        ["C", "L"],
        ["S", "C"],
      ],
    });
    const s = diffRounds([oldRound, middle, newRound], ["2021", "2023", "2025"]);
    const line = (m: string) => s.series.find((x) => x.metric === m)!.values;
    expect(line("organisations")).toEqual([4, 4, 5]);
    expect(line("ties")).toEqual([2, 3, 4]);
    expect(line("components")).toEqual([2, 1, 1]);
    expect(s.steps.map((x) => [x.from, x.to, x.counts.relations.added])).toEqual([
      ["2021", "2023", 1],
      ["2023", "2025", 1],
    ]);
    expect(s.rounds[1]).toEqual(roundMetrics(middle, "2023"));
    expect(s.municipalities.find((m) => m.key === IEPER)?.shares).toEqual([0, 2 / 3, 2 / 3]);
  });
  it("refuses fewer than two rounds or mismatched labels", () => {
    expect(() => diffRounds([oldRound], ["x"])).toThrow(/two rounds/);
    expect(() => diffRounds([oldRound, newRound], ["x"])).toThrow(/labels/);
  });
});

describe("empty and single-organisation rounds", () => {
  it("do not break the comparison", () => {
    const empty = round({ orgs: [] });
    const one = round({ orgs: [{ org_id: "x", org_type: "library" }] });
    const r = compareRounds(empty, one);
    expect(r.diff.counts.organisations).toMatchObject({ added: 1, removed: 0 });
    expect(r.movement.rounds.old.values.density).toBe(0);
    expect(r.movement.rounds.new.values.degree_centralization).toBeNull();
    expect(r.movement.rounds.old.values.modularity).toBeNull();
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
