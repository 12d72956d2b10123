/** Small hand-made networks for the writer tests, including hostile names. */
import { MultiGraph } from "graphology";
// graphology needs this for ids such as __proto__ (see the guard's header); core's barrel loads it too.
import "../../src/model/graphology-guard.ts";
import type {
  EcoGraph,
  EcoNetwork,
  OrgNodeAttributes,
  RelationEdgeAttributes,
} from "../../src/model/types.ts";

export function networkOf(graph: EcoGraph): EcoNetwork {
  return {
    graph,
    organisations: [],
    relations: [],
    offerings: [],
    barriers: [],
    commitments: [],
    municipalities: [],
    report: { files: [], findings: [], errors: 0, warnings: 0 },
    source: { kind: "lists", files: [] },
  };
}

export function emptyGraph(): EcoGraph {
  return new MultiGraph({ type: "mixed", allowSelfLoops: true }) as EcoGraph;
}

export const HOSTILE = {
  script: "<script>alert(1)</script>",
  cdataEnd: "]]>",
  amp: "Jeugd & Cultuur",
  quotes: `"Den Bolder" 't Kasteel`,
  vt: "Brouwerij\u000BDe Klaproos",
  formula: '=HYPERLINK("http://evil.example","klik")',
  proto: "__proto__",
  ctor: "constructor",
};

const edge = (
  relation_type: string,
  weight: number,
  directed: boolean,
  extra: Record<string, unknown> = {},
) => ({ relation_type, weight, directed, ...extra }) as RelationEdgeAttributes;

/**
 * 7 nodes (one isolate), 6 edges, all undirected unless `directed`: parallel edges (two relation
 * types between one pair), a self-loop, typed attributes (string, integer, double, boolean, list).
 */
export function hostileGraph(directed = false): EcoGraph {
  const g = emptyGraph();
  const node = (id: string, attrs: Partial<OrgNodeAttributes> & Record<string, unknown>) =>
    g.addNode(id, { label: id, ...attrs } as OrgNodeAttributes);
  node(HOSTILE.script, {
    label: HOSTILE.formula,
    members: 12,
    share: 0.25,
    uitpas: true,
    themes: ["taal", "digitaal"],
  });
  node(HOSTILE.proto, { label: HOSTILE.proto, members: 3, share: -1.5, uitpas: false, themes: [] });
  node(HOSTILE.ctor, { label: HOSTILE.cdataEnd, members: 0, notes: HOSTILE.quotes });
  node("org 4", { label: HOSTILE.amp, notes: "regel 1\r\nregel 2\ttab" });
  node("org-5", { label: HOSTILE.vt });
  node("6", { label: "Zes", notes: "-5" });
  node("isolate", { label: "Alleen" });
  const add = (s: string, t: string, a: RelationEdgeAttributes) =>
    directed ? g.addDirectedEdge(s, t, a) : g.addUndirectedEdge(s, t, a);
  add(HOSTILE.script, HOSTILE.proto, edge("partnership", 2, directed, { note: HOSTILE.formula }));
  add(HOSTILE.script, HOSTILE.proto, edge("funding", 1.5, directed));
  add(HOSTILE.proto, HOSTILE.ctor, edge("referral", 1, directed));
  add(HOSTILE.ctor, "org 4", edge("tie", 3, directed, { note: HOSTILE.amp }));
  add("org 4", "org-5", edge("tie", 1, directed));
  add("6", "6", edge("tie", 1, directed));
  return g;
}

/** The hostile graph with two of its edges directed: a mixed graph. */
export function mixedGraph(): EcoGraph {
  const g = hostileGraph(false);
  g.addDirectedEdge("6", "org-5", edge("referral", 1, true));
  g.addDirectedEdge("org-5", "6", edge("referral", 2, true));
  return g;
}

/** Edges as sortable strings: source|target|directed|type|weight (undirected pairs ordered). */
export function edgeSignatures(g: EcoGraph): string[] {
  return g
    .mapEdges((_k, a, s, t) => {
      const [x, y] = a.directed || s <= t ? [s, t] : [t, s];
      return `${x}|${y}|${a.directed}|${a.relation_type}|${a.weight}`;
    })
    .sort();
}
