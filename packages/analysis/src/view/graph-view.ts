/**
 * A compact, read-only view of a graph in typed arrays (CSR), built once per analysis and
 * shared by every metric. Metrics index vertices 0..n-1 and turn results into `{id: value}` only
 * at the output. See docs/decisions/0002-graph-view.md.
 *
 * The view is a *simple* graph: parallel edges between one pair are merged (their strengths
 * summed) and self-loops are dropped, as networkx's Graph/DiGraph would see the data.
 */
import type Graph from "graphology";

export interface GraphView {
  readonly n: number;
  /** Number of distinct ties (undirected pairs or arcs) after merging parallels. */
  readonly m: number;
  readonly directed: boolean;
  readonly weighted: boolean;
  /** Vertex index -> node key, in the graph's insertion order. */
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** Out-neighbours (undirected: all neighbours), sorted by vertex index. */
  readonly outOffsets: Int32Array;
  readonly outTargets: Int32Array;
  readonly outWeights: Float64Array;
  /** In-neighbours; the same arrays as `out*` when undirected. */
  readonly inOffsets: Int32Array;
  readonly inTargets: Int32Array;
  readonly inWeights: Float64Array;
}

export interface ViewOptions {
  /**
   * Treat the graph as directed. Default: directed only when every edge is directed (a
   * researcher's digraph); an inventory's mixed network is analysed as undirected.
   */
  directed?: boolean;
  /** Edge attribute holding the strength, or null for unweighted (every tie 1). Default "weight". */
  getEdgeWeight?: string | null;
  /** Keep only edges whose `relation_type` is one of these. */
  relationTypes?: readonly string[];
}

export function isAllDirected(graph: Graph): boolean {
  if (graph.size === 0) return graph.type === "directed";
  return graph.undirectedSize === 0;
}

export function buildView(graph: Graph, options: ViewOptions = {}): GraphView {
  const directed = options.directed ?? isAllDirected(graph);
  const weightAttr = options.getEdgeWeight === undefined ? "weight" : options.getEdgeWeight;
  const types = options.relationTypes ? new Set(options.relationTypes) : null;
  const ids = graph.nodes();
  const n = ids.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(ids[i], i);

  // Merge parallel edges: key = s*n+t (directed) or min*n+max (undirected).
  const merged = new Map<number, number>();
  let weighted = false;
  graph.forEachEdge((_e, attr, source, target, _sa, _ta, undirectedEdge) => {
    if (types && !types.has(String(attr.relation_type))) return;
    let s = index.get(source)!;
    let t = index.get(target)!;
    if (s === t) return;
    let w = 1;
    if (weightAttr) {
      const raw = attr[weightAttr];
      if (typeof raw === "number" && Number.isFinite(raw)) w = raw;
      if (w !== 1) weighted = true;
    }
    const pairs: Array<[number, number]> = [];
    if (directed) {
      pairs.push([s, t]);
      // An undirected tie in a directed analysis counts both ways.
      if (undirectedEdge) pairs.push([t, s]);
    } else {
      if (s > t) [s, t] = [t, s];
      pairs.push([s, t]);
    }
    for (const [a, b] of pairs) {
      const key = a * n + b;
      merged.set(key, (merged.get(key) ?? 0) + w);
    }
  });

  const m = merged.size;
  const outDeg = new Int32Array(n);
  const inDeg = new Int32Array(n);
  for (const key of merged.keys()) {
    const a = Math.floor(key / n);
    const b = key - a * n;
    outDeg[a]++;
    if (directed) inDeg[b]++;
    else outDeg[b]++;
  }
  const build = (deg: Int32Array, fill: (add: (from: number, to: number, w: number) => void) => void) => {
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + deg[i];
    const targets = new Int32Array(offsets[n]);
    const weights = new Float64Array(offsets[n]);
    const cursor = offsets.slice(0, n);
    fill((from, to, w) => {
      targets[cursor[from]] = to;
      weights[cursor[from]++] = w;
    });
    sortRows(offsets, targets, weights);
    return { offsets, targets, weights };
  };
  const out = build(outDeg, (add) => {
    for (const [key, w] of merged) {
      const a = Math.floor(key / n);
      const b = key - a * n;
      add(a, b, w);
      if (!directed) add(b, a, w);
    }
  });
  const inn = directed
    ? build(inDeg, (add) => {
        for (const [key, w] of merged) {
          const a = Math.floor(key / n);
          add(key - a * n, a, w);
        }
      })
    : out;

  return {
    n,
    m,
    directed,
    weighted: weighted && weightAttr !== null,
    ids,
    index,
    outOffsets: out.offsets,
    outTargets: out.targets,
    outWeights: out.weights,
    inOffsets: inn.offsets,
    inTargets: inn.targets,
    inWeights: inn.weights,
  };
}

/** Sort each adjacency row by target index so results never depend on insertion order. */
function sortRows(offsets: Int32Array, targets: Int32Array, weights: Float64Array): void {
  const n = offsets.length - 1;
  for (let v = 0; v < n; v++) {
    const start = offsets[v];
    const end = offsets[v + 1];
    if (end - start < 2) continue;
    const order = Array.from({ length: end - start }, (_, i) => start + i).sort(
      (a, b) => targets[a] - targets[b],
    );
    const t = order.map((i) => targets[i]);
    const w = order.map((i) => weights[i]);
    for (let i = 0; i < t.length; i++) {
      targets[start + i] = t[i];
      weights[start + i] = w[i];
    }
  }
}

/** Vertex -> value array to a plain `{id: value}` object with keys in sorted order. */
export function toRecord(view: GraphView, values: ArrayLike<number>): Record<string, number> {
  const order = view.ids.map((id, i) => [id, i] as const).sort((a, b) => compareIds(a[0], b[0]));
  // A null-prototype object: ids such as `__proto__` are ordinary keys here.
  const out: Record<string, number> = Object.create(null);
  for (const [id, i] of order) out[id] = values[i];
  return out;
}

/** Natural id order: numeric ids by value, then text. */
export function compareIds(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (a !== "" && b !== "" && Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}
