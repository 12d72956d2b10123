/** The report's white spots: the list of uncovered theme x target group cells and the offering grid. */
import { findWhiteSpots } from "@ecolens/analysis";
import type { EcoNetwork } from "@ecolens/core";
import type { GridCell, ReportModel } from "@ecolens/viz";

type WhiteSpots = ReturnType<typeof findWhiteSpots>;

/** Providers per theme x target group x municipality: 0 = white spot, 1 = fragile, 2 = two or more. */
export function offeringGrid(spots: WhiteSpots): GridCell[] {
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

/** The white spots (priority first) and the grid; undefined when no cell could be checked. */
export function whiteSpotSection(
  network: EcoNetwork,
): Pick<ReportModel, "whiteSpots" | "offeringGrid"> | undefined {
  const spots = findWhiteSpots(network);
  if (spots.cells_checked === 0) return undefined;
  const white = [...spots.white_spots.priority, ...spots.white_spots.other];
  return {
    whiteSpots: white.map((c) => ({
      municipality: c.nis_code,
      theme: c.theme,
      target_group: c.target_group,
      offerings: 0,
      priority: c.priority,
      coveredElsewhere: c.covered_elsewhere,
    })),
    offeringGrid: offeringGrid(spots),
  };
}
