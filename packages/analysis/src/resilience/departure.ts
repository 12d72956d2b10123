/**
 * "What if a partner leaves?": for every organisation, what its departure would cost the network:
 * organisations cut off from the largest component, the rise in fragmentation (Borgatti 2006,
 * "Identifying sets of key players in a social network", Comput. Math. Organ. Theory 12: the
 * share of pairs that can no longer reach each other), open barriers that would have no committed
 * partner left, and ties across the formal / non-formal-informal line that would disappear.
 * Cut vertices come from Hopcroft & Tarjan (1973) via ../network/articulation.ts; only they can
 * split a component, so the pieces are recounted (BFS) for them alone.
 */
import { type EcoNetwork, formalSideOfSector, type Text } from "@ecolens/core";
import { joinList, type MessageCode, say, text } from "../messages/index.ts";
import { articulation } from "../network/articulation.ts";
import { componentLabels, fragmentationOf } from "../network/components.ts";
import { buildView, compareIds } from "../view/graph-view.ts";
import { cutPieces } from "./cut-pieces.ts";

export interface DepartureImpact {
  id: string;
  label: string;
  degree: number;
  /** Organisations that would lose their connection to the largest component. */
  cut_off: number;
  /** Sizes of the pieces its component falls into (largest first). */
  pieces: number[];
  fragmentation_before: number | null;
  fragmentation_after: number | null;
  fragmentation_rise: number | null;
  /** Open barriers where this organisation is the only committed partner. */
  barriers_orphaned: string[];
  /** Its ties that cross the formal / non-formal-informal line. */
  cross_line_ties: number;
  sentence: Text;
}

export interface Resilience {
  fragmentation: number | null;
  largest_component: number;
  /** Sorted: most cut off, then barriers orphaned, fragmentation rise, line-crossing ties, degree, id. */
  organisations: DepartureImpact[];
}

export function partnerDeparture(network: EcoNetwork): Resilience {
  const view = buildView(network.graph, { directed: false, getEdgeWeight: null });
  const { label, sizes } = componentLabels(view);
  const before = fragmentationOf(sizes, view.n);
  const cut = new Set(articulation(view).articulation_points);
  const piecesOf = cutPieces(view);
  const sumPairs = sizes.reduce((acc, s) => acc + s * (s - 1), 0);

  const open = new Set(network.barriers.filter((b) => b.status !== "resolved").map((b) => b.barrier_id));
  const partnersOf = new Map<string, Set<string>>();
  for (const c of network.commitments) {
    if (!open.has(c.barrier_id)) continue;
    const set = partnersOf.get(c.barrier_id) ?? new Set<string>();
    set.add(c.org_id);
    partnersOf.set(c.barrier_id, set);
  }
  const orphanedBy = new Map<string, string[]>();
  for (const [barrier, set] of partnersOf)
    if (set.size === 1) {
      const [only] = set;
      orphanedBy.set(only, [...(orphanedBy.get(only) ?? []), barrier]);
    }

  const attr = (id: string, name: string) => network.graph.getNodeAttribute(id, name);
  const side = view.ids.map((id) => formalSideOfSector(attr(id, "sector") as string | undefined));
  const rows: DepartureImpact[] = view.ids.map((id, v) => {
    const size = sizes[label[v]];
    const pieces = cut.has(id) ? piecesOf(v) : size > 1 ? [size - 1] : [];
    const cutOff = label[v] === 0 && pieces.length > 0 ? size - 1 - pieces[0] : 0;
    const pairsAfter = sumPairs - size * (size - 1) + pieces.reduce((acc, p) => acc + p * (p - 1), 0);
    const after = view.n - 1 < 2 ? null : 1 - pairsAfter / ((view.n - 1) * (view.n - 2));
    let cross = 0;
    for (let e = view.outOffsets[v]; e < view.outOffsets[v + 1]; e++) {
      const s = side[view.outTargets[e]];
      if (side[v] && s && s !== side[v]) cross++;
    }
    const orphaned = (orphanedBy.get(id) ?? []).sort(compareIds);
    const name =
      typeof attr(id, "label") === "string" && attr(id, "label") !== "" ? (attr(id, "label") as string) : id;
    const degree = view.outOffsets[v + 1] - view.outOffsets[v];
    return {
      id,
      label: name,
      degree,
      cut_off: cutOff,
      pieces,
      fragmentation_before: before,
      fragmentation_after: after,
      fragmentation_rise: before === null || after === null ? null : after - before,
      barriers_orphaned: orphaned,
      cross_line_ties: cross,
      sentence: departureSentence(name, cutOff, orphaned.length, cross, degree),
    };
  });
  rows.sort(
    (a, b) =>
      b.cut_off - a.cut_off ||
      b.barriers_orphaned.length - a.barriers_orphaned.length ||
      (b.fragmentation_rise ?? 0) - (a.fragmentation_rise ?? 0) ||
      b.cross_line_ties - a.cross_line_ties ||
      b.degree - a.degree ||
      compareIds(a.id, b.id),
  );
  return { fragmentation: before, largest_component: sizes[0] ?? 0, organisations: rows };
}

function departureSentence(
  name: string,
  cutOff: number,
  orphaned: number,
  cross: number,
  degree: number,
): Text {
  const counts: Array<[MessageCode, number]> = [
    ["departure.cut_off", cutOff],
    ["departure.orphaned", orphaned],
    ["departure.cross_line", cross],
  ];
  const parts = counts.filter(([, n]) => n > 0);
  if (parts.length === 0) return text("departure.stays_connected", { name, degree });
  return text("departure.loses", (lang) => ({
    name,
    parts: joinList(
      parts.map(([code, n]) => say(code, lang, { n })),
      lang,
    ),
  }));
}
