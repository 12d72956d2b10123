/** Which inventory file is this: by its name (canonical, Dutch or generic), else by its headers. */
import { normaliseHeader } from "../csv/header.ts";
import { mapColumns } from "./columns.ts";
import { type CsvKind, FILE_NAMES } from "./schema.ts";

/** Longest names first, so `barrier_commitments` is not taken for `barriers`. */
const NAME_INDEX: Array<[string, CsvKind]> = (
  Object.entries(FILE_NAMES) as Array<[CsvKind, readonly string[]]>
)
  .flatMap(([kind, names]) => names.map((n) => [n, kind] as [string, CsvKind]))
  .sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));

/** `data/Organisaties 2024.csv` -> `organisaties_2024`. */
export function fileStem(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return normaliseHeader(base.replace(/\.[^.]*$/, ""));
}

/**
 * The kind named by a file: the stem is a known name, or starts/ends with one as a separate word
 * (`organisaties_2024`, `westhoek_relaties`).
 */
export function kindFromFileName(name: string): CsvKind | undefined {
  const stem = fileStem(name);
  for (const [n, kind] of NAME_INDEX) if (stem === n) return kind;
  for (const [n, kind] of NAME_INDEX) if (stem.startsWith(`${n}_`) || stem.endsWith(`_${n}`)) return kind;
  return undefined;
}

/** The kind whose required columns the header carries (most specific kinds first). */
export function kindFromHeader(header: readonly string[]): CsvKind | undefined {
  const has = (kind: CsvKind, ...fields: string[]) => {
    const map = mapColumns(kind, header);
    return fields.every((f) => map.byField.has(f));
  };
  if (has("relations", "source_id", "target_id")) return "relations";
  if (has("barriers", "barrier_id", "barrier_type")) return "barriers";
  if (has("barrier_commitments", "barrier_id", "org_id")) return "barrier_commitments";
  if (has("offerings", "offering_id", "org_id")) return "offerings";
  if (has("municipalities", "nis_code", "name_nl") && !has("organisations", "org_id"))
    return "municipalities";
  if (has("organisations", "org_id")) return "organisations";
  return undefined;
}
