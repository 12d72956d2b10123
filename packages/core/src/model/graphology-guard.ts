/**
 * graphology 0.26 keeps each node's neighbours in plain objects keyed by neighbour id
 * (`nodeData.out[target]`). A node id that names an Object.prototype member breaks that:
 * `__proto__` makes MultiGraph.addEdge write `Object.prototype.previous` (prototype pollution for
 * the whole process), `constructor` / `toString` make a simple Graph claim the edge "already
 * exists" and a MultiGraph crash. Researchers' files are untrusted, so such ids must work.
 *
 * Fix: the adjacency objects get a prototype without Object.prototype, carrying only the
 * `hasOwnProperty` that graphology calls (non-enumerable). The one id that still collides is
 * `hasOwnProperty` itself; NetworkBuilder refuses it with a finding. Applied once, idempotent.
 */
import Graph from "graphology";

const ADJACENCY_PROTO: object = Object.create(null, {
  hasOwnProperty: {
    value(this: object, key: PropertyKey) {
      return Object.hasOwn(this, key);
    },
    enumerable: false,
  },
});

const patched = new WeakSet<object>();

interface NodeDataLike {
  in?: object;
  out?: object;
  undirected?: object;
  clear: () => void;
}

export function hardenGraphology(): void {
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
      if (this.in) this.in = Object.create(ADJACENCY_PROTO);
      if (this.out) this.out = Object.create(ADJACENCY_PROTO);
      if (this.undirected) this.undirected = Object.create(ADJACENCY_PROTO);
    };
    patched.add(proto);
  }
}

/** Ids graphology cannot hold even after hardening. */
export const UNSUPPORTED_NODE_IDS = new Set(["hasOwnProperty"]);

hardenGraphology();
