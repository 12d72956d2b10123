/** buildGraph and deriveCommitmentTies on hand-made records. */
import { describe, expect, it } from "vitest";
import {
  addRelations,
  type BarrierCommitment,
  buildGraph,
  deriveCommitmentTies,
  type Organisation,
  type Relation,
} from "../../src/index.ts";

function org(org_id: string, more: Partial<Organisation> = {}): Organisation {
  return {
    org_id,
    name: org_id.toUpperCase(),
    themes: [],
    target_groups: [],
    resources: [],
    extra: {},
    ...more,
  };
}
function rel(key: string, source_id: string, target_id: string, more: Partial<Relation> = {}): Relation {
  return {
    key,
    source_id,
    target_id,
    relation_type: "joint_activity",
    directed: false,
    weight: 1,
    extra: {},
    ...more,
  };
}

describe("buildGraph", () => {
  it("an empty inventory gives an empty mixed multigraph", () => {
    const g = buildGraph([], []);
    expect([g.order, g.size, g.type, g.multi, g.allowSelfLoops]).toEqual([0, 0, "mixed", true, true]);
  });

  it("one organisation, no relations: an isolate with flat attributes", () => {
    const g = buildGraph(
      [
        org("bib", {
          org_type: "library",
          sector: "non_formal",
          themes: ["reading_media"],
          extra: { kleur: "blauw" },
          file: "o.csv",
          row: 2,
        }),
      ],
      [],
    );
    expect(g.nodes()).toEqual(["bib"]);
    expect(g.getNodeAttributes("bib")).toEqual({
      label: "BIB",
      org_type: "library",
      sector: "non_formal",
      themes: ["reading_media"],
      target_groups: [],
      resources: [],
      kleur: "blauw",
    });
  });

  it("a field wins over an extra column of the same name", () => {
    const g = buildGraph([org("a", { sector: "business", extra: { sector: "x", note: "y" } })], []);
    expect(g.getNodeAttribute("a", "sector")).toBe("business");
    expect(g.getNodeAttribute("a", "note")).toBe("y");
  });

  it("directed relations are arcs, others undirected; parallel types and self-loops are kept", () => {
    const g = buildGraph(
      [org("a"), org("b")],
      [
        rel("r1", "a", "b"),
        rel("r2", "a", "b", { relation_type: "funding", directed: true, weight: 3, level: 3 }),
        rel("r3", "b", "b", { relation_type: "governance" }),
      ],
    );
    expect(g.size).toBe(3);
    expect(g.isDirected("r2")).toBe(true);
    expect(g.isUndirected("r1")).toBe(true);
    expect(g.source("r2")).toBe("a");
    expect(g.edges("a", "b").sort()).toEqual(["r1", "r2"]);
    expect(g.getEdgeAttributes("r2")).toEqual({
      relation_type: "funding",
      directed: true,
      weight: 3,
      level: 3,
    });
    expect(g.isSelfLoop("r3")).toBe(true);
  });

  it("refuses relations to organisations that are not nodes", () => {
    expect(() => buildGraph([org("a")], [rel("r", "a", "ghost")])).toThrow(/ghost/);
  });
});

describe("deriveCommitmentTies", () => {
  const c = (barrier_id: string, org_id: string, commitment_type?: string): BarrierCommitment => ({
    barrier_id,
    org_id,
    commitment_type,
    extra: {},
  });

  it("links every pair committed to one barrier, once per barrier", () => {
    const ties = deriveCommitmentTies({
      commitments: [
        c("d2", "x", "staff"),
        c("d1", "c"),
        c("d1", "a"),
        c("d1", "b"),
        c("d1", "a", "space"),
        c("d2", "a"),
      ],
    });
    expect(
      ties.map((t) => [t.barrier_id, t.source_id, t.target_id, t.relation_type, t.directed, t.weight]),
    ).toEqual([
      ["d1", "a", "b", "barrier_cooperation", false, 1],
      ["d1", "a", "c", "barrier_cooperation", false, 1],
      ["d1", "b", "c", "barrier_cooperation", false, 1],
      ["d2", "a", "x", "barrier_cooperation", false, 1],
    ]);
    const g = buildGraph(
      ["a", "b", "c", "x"].map((id) => org(id)),
      [],
    );
    addRelations(g, ties);
    expect(g.size).toBe(4);
  });

  it("a barrier with one organisation gives no tie; no commitments give none", () => {
    expect(deriveCommitmentTies({ commitments: [c("d", "a")] })).toEqual([]);
    expect(deriveCommitmentTies({ commitments: [] })).toEqual([]);
  });
});
