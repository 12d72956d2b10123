/**
 * graphology 0.26 keeps each node's neighbours in plain objects keyed by neighbour id
 * (`nodeData.out[target]`). A node id that names an Object.prototype member breaks that:
 * `__proto__` makes MultiGraph.addEdge write `Object.prototype.previous` (prototype pollution for
 * the whole process), `constructor` / `toString` make a simple Graph claim the edge "already
 * exists" and a MultiGraph crash. Researchers' files are untrusted, so such ids must work.
 *
 * Fix: the adjacency objects have no prototype at all (Object.create(null)), so only real
 * neighbours answer `adjacency[id]`; an inherited `hasOwnProperty` would make a simple graph claim
 * that an edge to a node called `hasOwnProperty` already exists. graphology's own callers of
 * `x.hasOwnProperty(k)` (hasEdge, hasDirectedEdge, hasUndirectedEdge with source and target, and
 * every has*Attribute) are replaced by versions using Object.hasOwn, so a node id or attribute
 * named `hasOwnProperty` works too. No other graphology package reaches into these objects.
 * Applied once, idempotent.
 */
import Graph from "graphology";

const patched = new WeakSet<object>();

interface NodeDataLike {
  in?: object;
  out?: object;
  undirected?: object;
  clear: () => void;
}

type AnyMethod = (this: unknown, ...args: unknown[]) => unknown;
interface GraphLike {
  _nodes: Map<string, { out?: object; undirected?: object }>;
  type: string;
}

/** hasEdge & co. with (source, target): Object.hasOwn instead of adjacency.hasOwnProperty(). */
function patchEdgeCheckers(proto: Record<string, AnyMethod>): void {
  const checkers: Array<[string, Array<"out" | "undirected">, string | undefined]> = [
    ["hasEdge", ["out", "undirected"], undefined],
    ["hasDirectedEdge", ["out"], "undirected"],
    ["hasUndirectedEdge", ["undirected"], "directed"],
  ];
  for (const [method, sides, excludedType] of checkers) {
    const original = proto[method];
    proto[method] = function (this: unknown, ...args: unknown[]) {
      if (args.length !== 2) return original.apply(this, args);
      const graph = this as GraphLike;
      if (excludedType !== undefined && graph.type === excludedType) return false;
      const data = graph._nodes.get(String(args[0]));
      if (!data) return false;
      const target = String(args[1]);
      return sides.some((side) => data[side] !== undefined && Object.hasOwn(data[side], target));
    };
  }
}

/** hasNodeAttribute(node, name) & co.: Object.hasOwn on what get*Attributes(node) returns. */
function patchAttributeCheckers(proto: Record<string, AnyMethod>): void {
  for (const method of Object.getOwnPropertyNames(proto)) {
    const m = /^has(\w*)Attribute$/.exec(method);
    const getter = m ? proto[`get${m[1]}Attributes`] : undefined;
    if (!m || typeof getter !== "function") continue;
    proto[method] = function (this: unknown, ...args: unknown[]) {
      const attributes = getter.apply(this, args.slice(0, -1)) as object;
      return Object.hasOwn(attributes, args[args.length - 1] as PropertyKey);
    };
  }
}

let methodsPatched = false;

export function hardenGraphology(): void {
  if (!methodsPatched) {
    methodsPatched = true;
    // Every graph class (MultiGraph, DirectedGraph, ...) extends the base class holding these.
    let base = Object.getPrototypeOf(new Graph()) as Record<string, AnyMethod>;
    while (!Object.hasOwn(base, "hasEdge")) base = Object.getPrototypeOf(base);
    patchEdgeCheckers(base);
    patchAttributeCheckers(base);
  }
  for (const type of ["mixed", "directed", "undirected"] as const) {
    const probe = new Graph({ type });
    probe.addNode("probe");
    const nodes = (probe as unknown as { _nodes: Map<string, NodeDataLike> })._nodes;
    const data = nodes?.get("probe");
    if (!data) continue;
    const proto = Object.getPrototypeOf(data) as NodeDataLike;
    if (patched.has(proto)) continue;
    const original = proto.clear;
    proto.clear = function (this: NodeDataLike) {
      original.call(this);
      if (this.in) this.in = Object.create(null);
      if (this.out) this.out = Object.create(null);
      if (this.undirected) this.undirected = Object.create(null);
    };
    patched.add(proto);
  }
}

hardenGraphology();
