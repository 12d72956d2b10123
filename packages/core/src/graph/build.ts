/**
 * Builds the network graph from the inventory: organisations are nodes (key = org_id), relations
 * are edges of a mixed multigraph (directed relation types as arcs, parallel edges for several
 * relation types, self-loops kept). Offerings, barriers and commitments stay side tables.
 * See docs/decisions/0001-graph-model.md.
 */
import { MultiGraph } from "graphology";
import type {
  EcoGraph,
  Organisation,
  OrgNodeAttributes,
  Relation,
  RelationEdgeAttributes,
} from "../model/types.ts";

/** Fields that identify or locate a row; they are the key or provenance, not attributes. */
const ORG_SKIP = new Set(["org_id", "name", "extra", "file", "row"]);
const REL_SKIP = new Set(["key", "source_id", "target_id", "extra", "file", "row"]);

/** Copies defined fields and then extra columns (a field wins over an extra of the same name). */
function flatAttributes(
  record: object,
  skip: Set<string>,
  extra: Record<string, string>,
): Record<string, unknown> {
  // Null prototype: a column called `__proto__` or `constructor` is an ordinary attribute.
  const attrs: Record<string, unknown> = Object.create(null);
  for (const [k, v] of Object.entries(record)) {
    if (skip.has(k) || v === undefined) continue;
    attrs[k] = Array.isArray(v) ? [...v] : v;
  }
  for (const k of Object.keys(extra)) if (!Object.hasOwn(attrs, k)) attrs[k] = extra[k];
  return attrs;
}

export function organisationAttributes(org: Organisation): OrgNodeAttributes {
  const attrs = flatAttributes(org, ORG_SKIP, org.extra);
  attrs.label = org.name;
  return attrs as OrgNodeAttributes;
}

export function relationAttributes(rel: Relation): RelationEdgeAttributes {
  return flatAttributes(rel, REL_SKIP, rel.extra) as RelationEdgeAttributes;
}

/** Adds relations as edges; both ends must already be nodes and keys must be new. */
export function addRelations(graph: EcoGraph, relations: readonly Relation[]): void {
  for (const rel of relations) {
    for (const end of [rel.source_id, rel.target_id])
      if (!graph.hasNode(end)) throw new Error(`relation ${rel.key}: unknown organisation '${end}'`);
    const attrs = relationAttributes(rel);
    if (rel.directed) graph.addDirectedEdgeWithKey(rel.key, rel.source_id, rel.target_id, attrs);
    else graph.addUndirectedEdgeWithKey(rel.key, rel.source_id, rel.target_id, attrs);
  }
}

/**
 * The graph of an inventory. Expects what importInventory guarantees: unique org ids, relations
 * between known organisations, unique relation keys (it throws otherwise).
 */
export function buildGraph(
  orgs: readonly Organisation[],
  relations: readonly Relation[],
  name?: string,
): EcoGraph {
  const graph: EcoGraph = new MultiGraph({ type: "mixed", allowSelfLoops: true });
  if (name !== undefined) graph.setAttribute("name", name);
  for (const org of orgs) graph.addNode(org.org_id, organisationAttributes(org));
  addRelations(graph, relations);
  return graph;
}
