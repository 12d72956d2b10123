/** The sector mixing matrix and the offering grid of the report (from analysis results). */
import { buildView, eiIndex, type findWhiteSpots, groupsFromAttribute, tieList } from "@ecolens/analysis";
import { type EcoNetwork, SECTORS } from "@ecolens/core";
import type { GridCell, ReportModel } from "@ecolens/viz";

/** Ties between sectors (simple undirected view) and the sector E-I index from analysis. */
export function sectorMixing(network: EcoNetwork): ReportModel["mixing"] {
  const view = buildView(network.graph, { directed: false, getEdgeWeight: null });
  const groups = groupsFromAttribute(network.graph, view, "sector");
  const present = new Set(groups.filter((g): g is string => g !== null));
  if (present.size === 0 || view.m === 0) return undefined;
  const order = [
    ...(SECTORS as readonly string[]).filter((s) => present.has(s)),
    ...[...present].filter((s) => !(SECTORS as readonly string[]).includes(s)).sort(),
  ];
  const at = new Map(order.map((s, i) => [s, i]));
  const counts = order.map(() => order.map(() => 0));
  for (const [u, v] of tieList(view)) {
    const a = groups[u];
    const b = groups[v];
    if (a === null || b === null) continue;
    const i = at.get(a) as number;
    const j = at.get(b) as number;
    counts[i][j]++;
    if (i !== j) counts[j][i]++;
  }
  const ei = eiIndex(view, groups);
  return { groups: order, counts, ei: ei.whole.ei, eiExpected: ei.expected_random_mixing.ei };
}

/** Providers per theme x target group x municipality: 0 = white spot, 1 = fragile, 2 = two or more. */
export function offeringGrid(spots: ReturnType<typeof findWhiteSpots>): GridCell[] {
  const level = new Map<string, number>();
  const key = (m: string, t: string, g: string) => JSON.stringify([m, t, g]);
  for (const c of [...spots.white_spots.priority, ...spots.white_spots.other])
    level.set(key(c.nis_code, c.theme, c.target_group), 0);
  for (const c of [...spots.fragile.priority, ...spots.fragile.other])
    level.set(key(c.nis_code, c.theme, c.target_group), 1);
  const cells: GridCell[] = [];
  for (const municipality of spots.municipalities)
    for (const theme of spots.themes)
      for (const group of spots.target_groups)
        cells.push({
          municipality,
          row: theme,
          column: group,
          value: level.get(key(municipality, theme, group)) ?? 2,
        });
  return cells;
}
