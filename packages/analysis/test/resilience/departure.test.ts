import type { EcoNetwork } from "@ecolens/core";
import { describe, expect, it } from "vitest";
import { partnerDeparture } from "../../src/resilience/departure.ts";
import { barrier, commitment, makeNetwork } from "../gaps/fixture.ts";
import { loadReference } from "../helpers/reference.ts";

// A path school - town - club - choir plus a triangle elsewhere (x, y, w), and an isolate.
// town is a cut vertex: without it, school is alone; club is one too (choir hangs on it).
const network = makeNetwork({
  orgs: [
    { org_id: "school", name: "School", sector: "formal_education" },
    { org_id: "town", name: "Gemeente", sector: "government" },
    { org_id: "club", name: "Club", sector: "informal_community" },
    { org_id: "choir", name: "Koor", sector: "informal_community" },
    { org_id: "lib", name: "Bib", sector: "non_formal" },
    { org_id: "x", sector: "non_formal" },
    { org_id: "y", sector: "non_formal" },
    { org_id: "w", sector: "non_formal" },
    { org_id: "solo" },
  ],
  ties: [
    ["school", "town"],
    ["town", "club"],
    ["club", "choir"],
    ["school", "lib"],
    ["town", "lib"],
    ["x", "y"],
    ["y", "w"],
    ["x", "w"],
  ],
  barriers: [
    barrier({ barrier_id: "b1", barrier_type: "financial", target_group: "youth" }),
    barrier({ barrier_id: "b2", barrier_type: "mobility", target_group: "seniors" }),
    barrier({ barrier_id: "b3", barrier_type: "language", target_group: "adults", status: "resolved" }),
  ],
  commitments: [
    commitment("b1", "club"),
    commitment("b2", "club"),
    commitment("b2", "lib"),
    commitment("b3", "x"),
  ],
});

describe("what if a partner leaves", () => {
  const result = partnerDeparture(network);
  const byId = new Map(result.organisations.map((o) => [o.id, o]));
  it("counts organisations cut off from the largest component (hand-derived)", () => {
    // Largest component: school, town, club, choir, lib (5). Without town: {school, lib} and
    // {club, choir} -> 2 cut off. Without club: choir cut off.
    expect(byId.get("town")).toMatchObject({ cut_off: 2, pieces: [2, 2] });
    expect(byId.get("club")).toMatchObject({ cut_off: 1, pieces: [3, 1] });
    expect(byId.get("lib")).toMatchObject({ cut_off: 0, pieces: [4] });
    // A triangle is not the largest component: losing x cuts nobody off from it.
    expect(byId.get("x")!.cut_off).toBe(0);
    expect(byId.get("solo")).toMatchObject({ cut_off: 0, pieces: [], degree: 0 });
  });
  it("fragmentation rises by the share of pairs that no longer reach each other", () => {
    // n = 9, sizes 5, 3, 1: F = 1 − (20 + 6) / 72. Without town: n = 8, pieces 2, 2 + 3, 1:
    // F' = 1 − (2 + 2 + 6) / 56.
    expect(result.fragmentation).toBeCloseTo(1 - 26 / 72, 12);
    expect(byId.get("town")!.fragmentation_after).toBeCloseTo(1 - 10 / 56, 12);
    expect(byId.get("town")!.fragmentation_rise).toBeCloseTo(1 - 10 / 56 - (1 - 26 / 72), 12);
  });
  it("barriers left without a partner and formal-informal ties lost", () => {
    // b1 has only club; b2 has club and lib; b3 is resolved.
    expect(byId.get("club")!.barriers_orphaned).toEqual(["b1"]);
    expect(byId.get("x")!.barriers_orphaned).toEqual([]);
    // school (formal) is tied to lib (non-formal) and town (government, outside the split).
    expect(byId.get("school")!.cross_line_ties).toBe(1);
    expect(byId.get("town")!.cross_line_ties).toBe(0);
  });
  it("ranks the most critical partners first, with a sentence", () => {
    expect(result.organisations.slice(0, 2).map((o) => o.id)).toEqual(["town", "club"]);
    expect(byId.get("club")!.sentence.en).toBe(
      "If Club left, 1 organisation would lose their connection to the rest of the network and 1 barrier would have no committed partner left.",
    );
    expect(byId.get("club")!.sentence.nl).toBe(
      "Als Club wegvalt, verliest 1 organisatie de verbinding met de rest van het netwerk en heeft 1 drempel geen geëngageerde partner meer.",
    );
    expect(byId.get("solo")!.sentence.en).toBe(
      "If solo left, the network would stay connected; 0 ties would go.",
    );
  });
  it("empty network and the edge-cases reference", () => {
    expect(partnerDeparture(makeNetwork({ orgs: [] }))).toEqual({
      fragmentation: null,
      largest_component: 0,
      organisations: [],
    });
    const ref = loadReference("edge-cases");
    const net: EcoNetwork = { ...makeNetwork({ orgs: [] }), graph: ref.graph as EcoNetwork["graph"] };
    const impact = partnerDeparture(net);
    const cuts = new Set(ref.expected.metrics.articulation_points as string[]);
    // Every organisation that splits its component is a reference articulation point.
    for (const o of impact.organisations) expect(o.pieces.length > 1, o.id).toBe(cuts.has(o.id));
  });
});
