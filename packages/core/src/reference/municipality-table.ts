/**
 * The municipalities of the two ESF pilot regions (Westhoek, Limburg since 2025) and the Limburg
 * municipalities that disappeared in the 2019 and 2025 mergers.
 * Source of every number: docs regions.md §5.1-5.3, which cites
 * - Westhoek populations on 1 January 2020 (arr. Diksmuide, Ieper) and 2022 (arr. Veurne):
 *   https://de.m.wikipedia.org/wiki/Bezirk_Diksmuide, https://de.wiki.li/Bezirk_Ypern,
 *   https://wikipedia.jakami.de/content/wikipedia_de_all_mini_2023-10/A/Arrondissement_Veurne
 * - Maaseik and Tongeren (2025 boundaries) on 1 January 2022:
 *   https://de.wikipedia.org/wiki/Arrondissement_Maaseik, https://gpedia.com/de/Bezirk%20Tongeren
 * - mergers: the Flemish decree of 2024 (rtl.be, 18 April 2024) and the 2019 mergers.
 * Hasselt arrondissement populations are not given there; they (and every other Flemish
 * municipality's) come from Statbel on 1 January 2020 (flanders-table.ts, data/geo/README.md).
 * The pilot rows here win over the Flanders-wide table (more recent populations, French names,
 * the region); the rest of Flanders has region "". `valid_to` is the last day a municipality
 * existed (inclusive).
 */
import type { Municipality } from "../model/types.ts";
import {
  FLANDERS_2025,
  MERGED_2019 as FLANDERS_MERGED_2019,
  MERGED_2025 as FLANDERS_MERGED_2025,
  FLANDERS_POPULATION_YEAR,
  type MergedRow,
} from "./flanders-table.ts";

type Row = [nis: string, name: string, arrondissement: string, population?: number, nameFr?: string];

function build(
  rows: Row[],
  province: string,
  region: string,
  populationYear: number | undefined,
  extra: Partial<Municipality> = {},
): Municipality[] {
  return rows.map(([nis_code, name_nl, arrondissement, population, name_fr]) => {
    const m: Municipality = { nis_code, name_nl, arrondissement, province, region };
    if (name_fr !== undefined) m.name_fr = name_fr;
    if (population !== undefined) {
      m.population = population;
      if (populationYear !== undefined) m.population_year = populationYear;
    }
    return { ...m, ...extra };
  });
}

const WESTHOEK_2020: Row[] = [
  ["32003", "Diksmuide", "Diksmuide", 16843, "Dixmude"],
  ["32006", "Houthulst", "Diksmuide", 10110],
  ["32010", "Koekelare", "Diksmuide", 8760],
  ["32011", "Kortemark", "Diksmuide", 12693],
  ["32030", "Lo-Reninge", "Diksmuide", 3290],
  ["33011", "Ieper", "Ieper", 34995, "Ypres"],
  ["33016", "Mesen", "Ieper", 1047, "Messines"],
  ["33021", "Poperinge", "Ieper", 19717, "Poperinghe"],
  ["33029", "Wervik", "Ieper", 18909, "Wervicq"],
  ["33037", "Zonnebeke", "Ieper", 12498],
  ["33039", "Heuvelland", "Ieper", 7926],
  ["33040", "Langemark-Poelkapelle", "Ieper", 7825],
  ["33041", "Vleteren", "Ieper", 3653],
];
const WESTHOEK_2022: Row[] = [
  ["38002", "Alveringem", "Veurne", 5025],
  ["38008", "De Panne", "Veurne", 11122, "La Panne"],
  ["38014", "Koksijde", "Veurne", 21851, "Coxyde"],
  ["38016", "Nieuwpoort", "Veurne", 11488, "Nieuport"],
  ["38025", "Veurne", "Veurne", 12295, "Furnes"],
];

const MAASEIK_2022: Row[] = [
  ["72003", "Bocholt", "Maaseik", 13508],
  ["72004", "Bree", "Maaseik", 16324],
  ["72018", "Kinrooi", "Maaseik", 12258],
  ["72020", "Lommel", "Maaseik", 34396],
  ["72021", "Maaseik", "Maaseik", 25524],
  ["72030", "Peer", "Maaseik", 16449],
  ["72037", "Hamont-Achel", "Maaseik", 14375],
  ["72038", "Hechtel-Eksel", "Maaseik", 12760],
  ["72039", "Houthalen-Helchteren", "Maaseik", 30844],
  ["72041", "Dilsen-Stokkem", "Maaseik", 20995],
];
const TONGEREN_2022: Row[] = [
  ["73001", "Alken", "Tongeren", 11757],
  ["73022", "Heers", "Tongeren", 7457],
  ["73028", "Herstappe", "Tongeren", 79],
  ["73042", "Lanaken", "Tongeren", 26172],
  ["73066", "Riemst", "Tongeren", 16779],
  ["73098", "Wellen", "Tongeren", 7459],
  ["73107", "Maasmechelen", "Tongeren", 39409],
  ["73109", "Voeren", "Tongeren", 4287, "Fourons"],
];
const HASSELT_NO_POPULATION: Row[] = [
  ["71002", "As", "Hasselt"],
  ["71004", "Beringen", "Hasselt"],
  ["71011", "Diepenbeek", "Hasselt"],
  ["71016", "Genk", "Hasselt"],
  ["71017", "Gingelom", "Hasselt"],
  ["71020", "Halen", "Hasselt"],
  ["71024", "Herk-de-Stad", "Hasselt"],
  ["71034", "Leopoldsburg", "Hasselt", undefined, "Bourg-Léopold"],
  ["71037", "Lummen", "Hasselt"],
  ["71045", "Nieuwerkerken", "Hasselt"],
  ["71053", "Sint-Truiden", "Hasselt", undefined, "Saint-Trond"],
  ["71066", "Zonhoven", "Hasselt"],
  ["71067", "Zutendaal", "Hasselt"],
  ["71070", "Heusden-Zolder", "Hasselt"],
];

/** Municipalities created by a merger, with the date they started. */
const MERGED_2019: Row[] = [
  ["72042", "Oudsbergen", "Maaseik", 23611],
  ["72043", "Pelt", "Maaseik", 33601],
];
const MERGED_2025_TONGEREN: Row[] = [
  ["73110", "Bilzen-Hoeselt", "Tongeren", 42288],
  ["73111", "Tongeren-Borgloon", "Tongeren", 42834],
];
const MERGED_2025_HASSELT: Row[] = [
  ["71071", "Tessenderlo-Ham", "Hasselt"],
  ["71072", "Hasselt", "Hasselt"],
];

/** The municipalities that stopped existing, with the one they merged into (regions.md §5.3). */
interface Predecessor {
  nis: string;
  name: string;
  arrondissement: string;
  mergedInto: string;
  lastDay: string;
  population?: number;
  populationYear?: number;
}
const PREDECESSORS: Predecessor[] = [
  {
    nis: "72040",
    name: "Meeuwen-Gruitrode",
    arrondissement: "Maaseik",
    mergedInto: "72042",
    lastDay: "2018-12-31",
  },
  { nis: "71047", name: "Opglabbeek", arrondissement: "Hasselt", mergedInto: "72042", lastDay: "2018-12-31" },
  { nis: "72025", name: "Neerpelt", arrondissement: "Maaseik", mergedInto: "72043", lastDay: "2018-12-31" },
  { nis: "72029", name: "Overpelt", arrondissement: "Maaseik", mergedInto: "72043", lastDay: "2018-12-31" },
  {
    nis: "71057",
    name: "Tessenderlo",
    arrondissement: "Hasselt",
    mergedInto: "71071",
    lastDay: "2024-12-31",
  },
  { nis: "71069", name: "Ham", arrondissement: "Hasselt", mergedInto: "71071", lastDay: "2024-12-31" },
  // Population: Statbel 1/1/2020 (78,714) from flanders-table.ts, not the secondary 78,619.
  { nis: "71022", name: "Hasselt", arrondissement: "Hasselt", mergedInto: "71072", lastDay: "2024-12-31" },
  { nis: "73040", name: "Kortessem", arrondissement: "Tongeren", mergedInto: "71072", lastDay: "2024-12-31" },
  { nis: "73006", name: "Bilzen", arrondissement: "Tongeren", mergedInto: "73110", lastDay: "2024-12-31" },
  { nis: "73032", name: "Hoeselt", arrondissement: "Tongeren", mergedInto: "73110", lastDay: "2024-12-31" },
  { nis: "73083", name: "Tongeren", arrondissement: "Tongeren", mergedInto: "73111", lastDay: "2024-12-31" },
  { nis: "73009", name: "Borgloon", arrondissement: "Tongeren", mergedInto: "73111", lastDay: "2024-12-31" },
];

function predecessors(): Municipality[] {
  return PREDECESSORS.map((p) => {
    const m: Municipality = {
      nis_code: p.nis,
      name_nl: p.name,
      arrondissement: p.arrondissement,
      province: "Limburg",
      region: "Limburg",
      valid_to: p.lastDay,
      merged_into: p.mergedInto,
    };
    if (p.population !== undefined) m.population = p.population;
    if (p.populationYear !== undefined) m.population_year = p.populationYear;
    return m;
  });
}

function compareNis(a: Municipality, b: Municipality): number {
  return a.nis_code < b.nis_code ? -1 : a.nis_code > b.nis_code ? 1 : 0;
}

/** The Westhoek and Limburg rows of regions.md, current and historic. */
const PILOT_TABLE: Municipality[] = [
  ...build(WESTHOEK_2020, "West-Vlaanderen", "Westhoek", 2020),
  ...build(WESTHOEK_2022, "West-Vlaanderen", "Westhoek", 2022),
  ...build(MAASEIK_2022, "Limburg", "Limburg", 2022),
  ...build(MERGED_2019, "Limburg", "Limburg", 2022, { valid_from: "2019-01-01" }),
  ...build(TONGEREN_2022, "Limburg", "Limburg", 2022),
  ...build(MERGED_2025_TONGEREN, "Limburg", "Limburg", 2022, { valid_from: "2025-01-01" }),
  ...build(HASSELT_NO_POPULATION, "Limburg", "Limburg", undefined),
  ...build(MERGED_2025_HASSELT, "Limburg", "Limburg", undefined, { valid_from: "2025-01-01" }),
  ...predecessors(),
];

/** Valid-from dates of the municipalities created by the 2019 and 2025 mergers. */
function startDates(): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of FLANDERS_MERGED_2019) out.set(r[5], "2019-01-01");
  for (const r of FLANDERS_MERGED_2025) if (r[5] !== r[0]) out.set(r[5], "2025-01-01");
  // Antwerpen (11002) kept its code when Borsbeek joined: it did not start anew.
  out.delete("11002");
  return out;
}

function flandersTable(): Municipality[] {
  const starts = startDates();
  const current = FLANDERS_2025.map(([nis_code, name_nl, arrondissement, province, population]) => {
    const m: Municipality = { nis_code, name_nl, arrondissement, province, region: "" };
    m.population = population;
    m.population_year = FLANDERS_POPULATION_YEAR;
    const from = starts.get(nis_code);
    if (from) m.valid_from = from;
    return m;
  });
  const historic = (r: MergedRow): Municipality => {
    const [nis_code, name_nl, arrondissement, province, population, merged_into, valid_to] = r;
    const m: Municipality = { nis_code, name_nl, arrondissement, province, region: "" };
    if (population !== null) {
      m.population = population;
      m.population_year = FLANDERS_POPULATION_YEAR;
    }
    return { ...m, valid_to, merged_into };
  };
  return [...current, ...FLANDERS_MERGED_2025.map(historic), ...FLANDERS_MERGED_2019.map(historic)];
}

/** A pilot row, with the Flanders-wide population where regions.md gives none. */
function withPopulation(pilot: Municipality, flanders: Municipality | undefined): Municipality {
  if (pilot.population !== undefined || flanders?.population === undefined) return pilot;
  return { ...pilot, population: flanders.population, population_year: flanders.population_year };
}

/** All Flemish municipalities, current and historic, sorted by NIS code. */
export const MUNICIPALITY_TABLE: Municipality[] = (() => {
  const byNis = new Map(flandersTable().map((m) => [m.nis_code, m]));
  for (const pilot of PILOT_TABLE)
    byNis.set(pilot.nis_code, withPopulation(pilot, byNis.get(pilot.nis_code)));
  return [...byNis.values()].sort(compareNis);
})();
