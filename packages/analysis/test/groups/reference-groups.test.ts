import { describe, expect, it } from "vitest";
import { attributeAssortativity, degreeAssortativity } from "../../src/groups/assortativity.ts";
import { eiIndex } from "../../src/groups/ei-index.ts";
import { partitionModularity } from "../../src/groups/partition-modularity.ts";
import { groupsFromAttribute } from "../../src/groups/vertex-groups.ts";
import { buildView } from "../../src/view/graph-view.ts";
import { close, loadReference, REFERENCE_CASES } from "../helpers/reference.ts";

const cases = REFERENCE_CASES.map((name) => loadReference(name));

describe("E-I index against the reference", () => {
  const withEi = cases.filter((c) => c.expected.metrics.ei_index);
  it("covers the grouped cases", () => {
    expect(withEi.map((c) => c.name).sort()).toEqual(["edge-cases", "gf-tiny", "karate", "karate-weighted"]);
  });
  for (const ref of withEi) {
    it(ref.name, () => {
      const exp = ref.expected.metrics.ei_index;
      const view = buildView(ref.graph, { directed: ref.expected.graph.directed });
      const r = eiIndex(view, groupsFromAttribute(ref.graph, view, exp.attribute));
      const tol = ref.tolerance;
      expect(r.unit).toBe(exp.unit);
      const same = (
        a: { E: number; I: number; ei: number | null },
        e: { E: number; I: number; ei: number | null },
      ) => a.E === e.E && a.I === e.I && close(a.ei, e.ei, tol);
      const sameExp = (
        a: { E_possible: number; I_possible: number; ei: number | null },
        e: { E_possible: number; I_possible: number; ei: number | null },
      ) => a.E_possible === e.E_possible && a.I_possible === e.I_possible && close(a.ei, e.ei, tol);
      expect(same(r.whole, exp.whole), JSON.stringify(r.whole)).toBe(true);
      expect(sameExp(r.expected_random_mixing, exp.expected_random_mixing)).toBe(true);
      expect({ ...r.group_sizes }).toEqual(exp.group_sizes);
      expect(Object.keys(r.groups).sort()).toEqual(Object.keys(exp.groups).sort());
      for (const [g, e] of Object.entries<any>(exp.groups)) {
        expect(same(r.groups[g], e), g).toBe(true);
        expect(sameExp(r.groups[g].expected_random_mixing, e.expected_random_mixing), g).toBe(true);
      }
      expect(Object.keys(r.nodes).sort()).toEqual(Object.keys(exp.nodes).sort());
      const bad = Object.entries<any>(exp.nodes)
        .filter(([id, e]) => !same(r.nodes[id], e))
        .map(([id]) => id);
      expect(bad).toEqual([]);
      expect(r.excluded).toEqual({ nodes: [], ties: 0 });
    });
  }
});

describe("assortativity against the reference", () => {
  for (const ref of cases.filter((c) => c.expected.metrics.assortativity)) {
    it(ref.name, () => {
      const exp = ref.expected.metrics.assortativity;
      const directed = Boolean(ref.expected.graph.directed);
      const view = buildView(ref.graph, { directed, getEdgeWeight: null });
      const sym = buildView(ref.graph, { directed: false, getEdgeWeight: null });
      const checks: Array<[string, number | null]> = [["degree_r", degreeAssortativity(view)]];
      if (exp.attribute) {
        checks.push([
          "attribute_r",
          attributeAssortativity(view, groupsFromAttribute(ref.graph, view, exp.attribute)),
        ]);
        checks.push([
          "attribute_r_symmetrised",
          attributeAssortativity(sym, groupsFromAttribute(ref.graph, sym, exp.attribute)),
        ]);
      }
      checks.push(["degree_r_symmetrised", degreeAssortativity(sym)]);
      const keys = Object.keys(exp).filter((k) => k !== "attribute");
      const computed = new Map(checks);
      const bad: string[] = [];
      for (const key of keys) {
        if (!computed.has(key)) bad.push(`${key}: not computed`);
        else if (!close(computed.get(key), exp[key], ref.tolerance))
          bad.push(`${key}: ${computed.get(key)} vs ${exp[key]}`);
      }
      expect(bad).toEqual([]);
    });
  }
});

describe("modularity of the attribute partition against the reference", () => {
  for (const ref of cases.filter((c) => c.expected.metrics.modularity)) {
    it(ref.name, () => {
      const bad: string[] = [];
      for (const [attribute, exp] of Object.entries<any>(ref.expected.metrics.modularity)) {
        const directed = Boolean(ref.expected.graph.directed);
        const variants: Record<string, ReturnType<typeof partitionModularity>> = {};
        const run = (opts: { directed: boolean; getEdgeWeight: string | null }) => {
          const view = buildView(ref.graph, opts);
          return partitionModularity(view, groupsFromAttribute(ref.graph, view, attribute));
        };
        variants.q = run({ directed, getEdgeWeight: null });
        variants.q_weighted = run({ directed, getEdgeWeight: "weight" });
        variants.q_symmetrised = run({ directed: false, getEdgeWeight: null });
        if (variants.q.communities !== exp.communities) bad.push(`communities ${variants.q.communities}`);
        for (const key of Object.keys(exp).filter((k) => k !== "communities")) {
          if (!variants[key]) bad.push(`${key}: not computed`);
          else if (!close(variants[key].q, exp[key], ref.tolerance))
            bad.push(`${key}: ${variants[key].q} vs ${exp[key]}`);
        }
      }
      expect(bad).toEqual([]);
    });
  }
});
