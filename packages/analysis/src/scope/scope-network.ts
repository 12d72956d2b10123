/**
 * Scope is an argument (architecture principle 4): analyse one municipality, sector, relation
 * type or ego network by passing a filtered COPY of the network; nothing reaches for a global.
 *
 * Order: organisations are kept by municipality and sector; then ties by relation type (the
 * organisations stay, so densities of different types compare); then the ego network: everyone
 * within `radius` steps of `ego` (ties in either direction) in what is left. The side tables are
 * filtered to the organisations (and ties) kept. The input is never changed.
 */
import { type EcoGraph, type EcoNetwork, orgTypeDefaults, type Text } from "@ecolens/core";
import { text } from "../messages/index.ts";

export interface Scope {
  /** NIS codes or municipality names (case and accents ignored). */
  municipality?: string[];
  relationType?: string[];
  /** Sector codes; an organisation without a sector counts by its type's default sector. */
  sector?: string[];
  /** Organisation type codes. */
  orgType?: string[];
  ego?: string;
  /** Steps around the ego. Default 1. */
  radius?: number;
}

/** Thrown for a scope that cannot apply; `text` is for people, `code` for programs. */
export class ScopeError extends Error {
  constructor(
    readonly code: "UNKNOWN_EGO" | "BAD_RADIUS",
    readonly text: Text,
  ) {
    super(text.en);
  }
}

/** Lower case without accents and surrounding space: "Ieper " and "ieper" match. */
export function normaliseName(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .toLowerCase();
}

export function isEmptyScope(scope: Scope): boolean {
  return (
    !scope.municipality?.length &&
    !scope.relationType?.length &&
    !scope.sector?.length &&
    !scope.orgType?.length &&
    scope.ego === undefined
  );
}

export function scopeNetwork(network: EcoNetwork, scope: Scope): EcoNetwork {
  const { graph } = network;
  const radius = scope.radius ?? 1;
  if (!(Number.isInteger(radius) && radius >= 0))
    throw new ScopeError("BAD_RADIUS", text("scope.error.bad_radius", { radius: String(scope.radius) }));
  const wanted = scope.municipality?.length ? municipalityMatcher(network, scope.municipality) : null;
  const sectors = scope.sector?.length ? new Set(scope.sector) : null;
  const types = scope.relationType?.length ? new Set(scope.relationType) : null;
  const orgTypes = scope.orgType?.length ? new Set(scope.orgType) : null;

  let kept = new Set<string>();
  graph.forEachNode((id, attr) => {
    if (wanted && !wanted(attr.nis_code, attr.municipality)) return;
    if (sectors && !sectors.has(sectorOf(attr))) return;
    if (orgTypes && !orgTypes.has(String(attr.org_type ?? ""))) return;
    kept.add(id);
  });
  const edgeKept = (edge: string) => {
    const [s, t] = graph.extremities(edge);
    return (
      kept.has(s) &&
      kept.has(t) &&
      (!types || types.has(String(graph.getEdgeAttribute(edge, "relation_type"))))
    );
  };
  if (scope.ego !== undefined) {
    if (!graph.hasNode(scope.ego))
      throw new ScopeError("UNKNOWN_EGO", text("scope.error.unknown_ego", { ego: scope.ego }));
    kept = kept.has(scope.ego) ? egoNodes(graph, scope.ego, radius, kept, edgeKept) : new Set();
  }

  const copy = graph.nullCopy() as EcoGraph;
  copy.replaceAttributes({ ...graph.getAttributes() });
  graph.forEachNode((id, attr) => {
    if (kept.has(id)) copy.addNode(id, { ...attr });
  });
  graph.forEachEdge((edge, attr, source, target, _sa, _ta, undirected) => {
    if (!edgeKept(edge)) return;
    if (undirected) copy.addUndirectedEdgeWithKey(edge, source, target, { ...attr });
    else copy.addDirectedEdgeWithKey(edge, source, target, { ...attr });
  });

  const barrierKept = (b: { org_id?: string; nis_code?: string; municipality?: string }) =>
    b.org_id !== undefined ? kept.has(b.org_id) : !wanted || wanted(b.nis_code, b.municipality);
  const barriers = network.barriers.filter(barrierKept);
  const barrierIds = new Set(barriers.map((b) => b.barrier_id));
  return {
    ...network,
    graph: copy,
    organisations: network.organisations.filter((o) => kept.has(o.org_id)),
    relations: network.relations.filter((r) => copy.hasEdge(r.key)),
    offerings: network.offerings.filter((o) => kept.has(o.org_id)),
    barriers,
    commitments: network.commitments.filter((c) => kept.has(c.org_id) && barrierIds.has(c.barrier_id)),
    municipalities: wanted
      ? network.municipalities.filter((m) => wanted(m.nis_code, m.name_nl))
      : network.municipalities,
  };
}

/** The sector of a node, else the default sector of its organisation type ("" when neither). */
function sectorOf(attr: { sector?: unknown; org_type?: unknown }): string {
  if (typeof attr.sector === "string" && attr.sector !== "") return attr.sector;
  return orgTypeDefaults(typeof attr.org_type === "string" ? attr.org_type : undefined).sector ?? "";
}

/** Matches an organisation's NIS code or municipality name against the wanted list. */
function municipalityMatcher(
  network: EcoNetwork,
  wanted: string[],
): (nis: unknown, name: unknown) => boolean {
  const codes = new Set<string>();
  const names = new Set<string>();
  for (const w of wanted) {
    const key = normaliseName(w);
    codes.add(key);
    names.add(key);
    // A name in the municipality table also selects its NIS code (and the other way round).
    for (const m of network.municipalities) {
      const mNames = [m.name_nl, m.name_fr].filter((x): x is string => Boolean(x)).map(normaliseName);
      if (m.nis_code === key || mNames.includes(key)) {
        codes.add(m.nis_code);
        for (const n of mNames) names.add(n);
      }
    }
  }
  return (nis, name) =>
    (typeof nis === "string" && codes.has(nis.trim())) ||
    (typeof name === "string" && names.has(normaliseName(name)));
}

function egoNodes(
  graph: EcoGraph,
  ego: string,
  radius: number,
  allowed: Set<string>,
  edgeKept: (edge: string) => boolean,
): Set<string> {
  const dist = new Map<string, number>([[ego, 0]]);
  const queue = [ego];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head];
    const d = dist.get(v)!;
    if (d >= radius) continue;
    graph.forEachEdge(v, (edge, _attr, source, target) => {
      if (!edgeKept(edge)) return;
      const w = source === v ? target : source;
      if (!allowed.has(w) || dist.has(w)) return;
      dist.set(w, d + 1);
      queue.push(w);
    });
  }
  return new Set(dist.keys());
}
