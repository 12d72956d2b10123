/**
 * White spots ranked and summarised: per theme x target group, in how many municipalities the
 * offering is missing and in how many it exists. Ranked by priority group first, then by how many
 * municipalities lack it while others have it (the gaps a partner elsewhere could fill), then by
 * how many lack it.
 */
import type { ReportModel } from "../model.ts";

export interface WhiteSpotGroup {
  theme: string;
  target_group: string;
  priority: boolean;
  /** Municipalities without any provider. */
  missing: string[];
  /** Municipalities of the region that do have a provider. */
  coveredElsewhere: number;
}

export function rankWhiteSpots(model: ReportModel): WhiteSpotGroup[] {
  const groups = new Map<string, WhiteSpotGroup>();
  for (const w of model.whiteSpots ?? []) {
    if (w.offerings !== 0) continue;
    const key = JSON.stringify([w.theme, w.target_group]);
    let g = groups.get(key);
    if (!g) {
      g = {
        theme: w.theme,
        target_group: w.target_group,
        priority: w.priority === true,
        missing: [],
        coveredElsewhere: w.coveredElsewhere ?? 0,
      };
      groups.set(key, g);
    }
    g.missing.push(w.municipality);
  }
  return [...groups.values()].sort(
    (a, b) =>
      Number(b.priority) - Number(a.priority) ||
      Number(b.coveredElsewhere > 0) - Number(a.coveredElsewhere > 0) ||
      b.missing.length - a.missing.length ||
      (a.theme < b.theme ? -1 : a.theme > b.theme ? 1 : 0) ||
      (a.target_group < b.target_group ? -1 : a.target_group > b.target_group ? 1 : 0),
  );
}

/** Municipalities in the grid (the denominator of "missing in x of y municipalities"). */
export function gridMunicipalities(model: ReportModel): number {
  const grid = new Set((model.offeringGrid ?? []).map((c) => c.municipality));
  if (grid.size > 0) return grid.size;
  return new Set((model.whiteSpots ?? []).map((w) => w.municipality)).size;
}
