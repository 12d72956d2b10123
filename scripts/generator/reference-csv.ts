/** data/reference/municipalities.csv, generated from core's MUNICIPALITIES (inventory-format §4.5). */
import type { Municipality } from "@ecolens/core";
import { PLAIN, toCsv, utf8Bytes } from "./csv.ts";

export const MUNICIPALITY_COLUMNS = [
  "nis_code",
  "name_nl",
  "name_fr",
  "arrondissement",
  "province",
  "region",
  "population",
  "population_year",
  "valid_from",
  "valid_to",
  "merged_into",
] as const satisfies readonly (keyof Municipality)[];

export function municipalitiesCsv(list: readonly Municipality[]): Uint8Array {
  const rows = list.map((m) => MUNICIPALITY_COLUMNS.map((c) => (m[c] === undefined ? "" : String(m[c]))));
  return utf8Bytes(toCsv(MUNICIPALITY_COLUMNS, rows, PLAIN), false);
}
