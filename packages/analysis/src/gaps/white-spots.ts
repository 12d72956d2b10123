/**
 * White spots (docs/metrics §3.1 "coverage"): theme × target group × municipality combinations
 * where no organisation and no learning offer exists, and fragile ones where only one provider
 * does. An organisation covers its own themes × target groups in its own municipality; an offer
 * covers its themes × target groups where it takes place (its organiser and co-organisers count
 * as providers). Combinations are taken from the vocabulary values the inventory uses, so a
 * theme nobody mentions does not flood the table.
 */
import { type EcoNetwork, isPriorityTargetGroup } from "@ecolens/core";
import { compareIds } from "../view/graph-view.ts";
import { isCountable, offeringPlace, orgIndex, orgPlace, placeNamer } from "./places.ts";

export interface CoverageCell {
  theme: string;
  target_group: string;
  nis_code: string;
  municipality: string;
  priority: boolean;
  /** Distinct providers (organisations with the combination, organisers of matching offers). */
  providers: string[];
  organisations: number;
  offerings: number;
  /** Other municipalities where this theme × target group does exist. */
  covered_elsewhere: number;
}

export interface WhiteSpotOptions {
  themes?: readonly string[];
  targetGroups?: readonly string[];
  /** nis codes to check; default: the municipalities of the inventory's region(s). */
  municipalities?: readonly string[];
}

export interface WhiteSpots {
  themes: string[];
  target_groups: string[];
  municipalities: string[];
  cells_checked: number;
  /** Nobody offers it here; sorted by how many other municipalities do (local gaps first). */
  white_spots: { priority: CoverageCell[]; other: CoverageCell[] };
  /** One provider only: if it stops, the combination disappears here. */
  fragile: { priority: CoverageCell[]; other: CoverageCell[] };
  /** Theme × target group combinations that exist nowhere in the region. */
  regional_white_spots: Array<{ theme: string; target_group: string; priority: boolean }>;
  /** White spots per municipality, most first. */
  by_municipality: Array<{ nis_code: string; municipality: string; white_spots: number; fragile: number }>;
}

/** The municipalities to check: the regions the inventory's organisations are in, else the codes seen. */
function defaultMunicipalities(network: EcoNetwork, seen: Set<string>): string[] {
  const regions = new Set<string>();
  for (const m of network.municipalities)
    if (seen.has(m.nis_code) && m.region && !m.valid_to) regions.add(m.region);
  const out = new Set<string>(seen);
  for (const m of network.municipalities)
    if (regions.has(m.region) && !m.valid_to && !m.merged_into) out.add(m.nis_code);
  return [...out].sort(compareIds);
}

interface Cell {
  providers: Set<string>;
  organisations: number;
  offerings: number;
}

/** What the organisations and offers cover: key theme|tg|nis -> providers and counts, and the values seen. */
interface CellTable {
  cells: Map<string, Cell>;
  themes: Set<string>;
  groups: Set<string>;
  places: Set<string>;
}

function coverageCells(network: EcoNetwork): CellTable {
  const orgs = orgIndex(network);
  const table: CellTable = { cells: new Map(), themes: new Set(), groups: new Set(), places: new Set() };
  const add = (
    themes: string[],
    groups: string[],
    place: string | undefined,
    providers: string[],
    kind: "o" | "f",
  ) => {
    if (!place) return;
    table.places.add(place);
    for (const t of themes) {
      if (!isCountable(t)) continue;
      table.themes.add(t);
      for (const g of groups) {
        if (!isCountable(g)) continue;
        table.groups.add(g);
        const key = `${t}\u0000${g}\u0000${place}`;
        let cell = table.cells.get(key);
        if (!cell) {
          cell = { providers: new Set(), organisations: 0, offerings: 0 };
          table.cells.set(key, cell);
        }
        for (const p of providers) cell.providers.add(p);
        if (kind === "o") cell.organisations++;
        else cell.offerings++;
      }
    }
  };
  for (const o of network.organisations) add(o.themes, o.target_groups, orgPlace(o), [o.org_id], "o");
  for (const f of network.offerings)
    add(f.themes, f.target_groups, offeringPlace(f, orgs), [f.org_id, ...f.co_org_ids], "f");
  return table;
}

/** theme|tg -> in how many of the checked municipalities it exists. */
function coveredCombos(cells: Map<string, Cell>, places: readonly string[]): Map<string, number> {
  const combosCovered = new Map<string, number>();
  for (const key of cells.keys()) {
    const [t, g, p] = key.split("\u0000");
    if (places.includes(p))
      combosCovered.set(`${t}\u0000${g}`, (combosCovered.get(`${t}\u0000${g}`) ?? 0) + 1);
  }
  return combosCovered;
}

interface Grid {
  themes: string[];
  groups: string[];
  places: string[];
  cells: Map<string, Cell>;
  combosCovered: Map<string, number>;
  name: (nis: string) => string | undefined;
}

/** Every combination with no provider (white) or one (fragile), and their count per municipality. */
function thinCells(grid: Grid) {
  const { cells, combosCovered, name } = grid;
  const white: CoverageCell[] = [];
  const fragile: CoverageCell[] = [];
  const perPlace = new Map<string, { white: number; fragile: number }>(
    grid.places.map((p) => [p, { white: 0, fragile: 0 }]),
  );
  for (const t of grid.themes)
    for (const g of grid.groups)
      for (const p of grid.places) {
        const cell = cells.get(`${t}\u0000${g}\u0000${p}`);
        const count = cell?.providers.size ?? 0;
        if (count > 1) continue;
        const covered = combosCovered.get(`${t}\u0000${g}`) ?? 0;
        const row: CoverageCell = {
          theme: t,
          target_group: g,
          nis_code: p,
          municipality: name(p) ?? p,
          priority: isPriorityTargetGroup(g),
          providers: [...(cell?.providers ?? [])].sort(compareIds),
          organisations: cell?.organisations ?? 0,
          offerings: cell?.offerings ?? 0,
          covered_elsewhere: count === 0 ? covered : covered - 1,
        };
        if (count === 0) {
          white.push(row);
          perPlace.get(p)!.white++;
        } else {
          fragile.push(row);
          perPlace.get(p)!.fragile++;
        }
      }
  return { white, fragile, perPlace };
}

/** Theme × target group combinations that exist in none of the municipalities, priority first. */
function regionalWhiteSpots(grid: Grid): WhiteSpots["regional_white_spots"] {
  const regional: WhiteSpots["regional_white_spots"] = [];
  for (const t of grid.themes)
    for (const g of grid.groups)
      if (!grid.combosCovered.get(`${t}\u0000${g}`))
        regional.push({ theme: t, target_group: g, priority: isPriorityTargetGroup(g) });
  return regional.sort(
    (a, b) =>
      Number(b.priority) - Number(a.priority) ||
      compareIds(a.theme, b.theme) ||
      compareIds(a.target_group, b.target_group),
  );
}

const cellOrder = (a: CoverageCell, b: CoverageCell) =>
  b.covered_elsewhere - a.covered_elsewhere ||
  compareIds(a.theme, b.theme) ||
  compareIds(a.target_group, b.target_group) ||
  compareIds(a.municipality, b.municipality) ||
  compareIds(a.nis_code, b.nis_code);

const byPriority = (rows: CoverageCell[]) => ({
  priority: rows.filter((r) => r.priority).sort(cellOrder),
  other: rows.filter((r) => !r.priority).sort(cellOrder),
});

export function findWhiteSpots(network: EcoNetwork, options: WhiteSpotOptions = {}): WhiteSpots {
  const name = placeNamer(network);
  const table = coverageCells(network);
  const themes = [...(options.themes ?? table.themes)].sort(compareIds);
  const groups = [...(options.targetGroups ?? table.groups)].sort(compareIds);
  const places = options.municipalities
    ? [...options.municipalities]
    : defaultMunicipalities(network, table.places);
  const combosCovered = coveredCombos(table.cells, places);
  const grid: Grid = { themes, groups, places, cells: table.cells, combosCovered, name };
  const { white, fragile, perPlace } = thinCells(grid);
  return {
    themes,
    target_groups: groups,
    municipalities: places,
    cells_checked: themes.length * groups.length * places.length,
    white_spots: byPriority(white),
    fragile: byPriority(fragile),
    regional_white_spots: regionalWhiteSpots(grid),
    by_municipality: places
      .map((p) => ({
        nis_code: p,
        municipality: name(p) ?? p,
        white_spots: perPlace.get(p)!.white,
        fragile: perPlace.get(p)!.fragile,
      }))
      .sort((a, b) => b.white_spots - a.white_spots || compareIds(a.municipality, b.municipality)),
  };
}
