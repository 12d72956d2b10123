/**
 * A deliberately independent reader for the generator tests: RFC 4180 records (quotes, doubled
 * quotes, line breaks inside quotes), so the tests check the files, not the generator's objects.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const DATA = fileURLToPath(new URL("../../data/", import.meta.url));

export interface Table {
  header: string[];
  rows: string[][];
  /** True when the text ended inside a quoted field. */
  unclosed: boolean;
}

export function parseRecords(text: string, delimiter: string): { records: string[][]; unclosed: boolean } {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) {
      record.push(field);
      field = "";
    } else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || record.length > 0 || quoted) {
    record.push(field);
    records.push(record);
  }
  return { records, unclosed: quoted };
}

/** A UTF-8 (BOM stripped) data file under data/ as header + rows. */
export function readTable(path: string, delimiter = ";"): Table {
  const text = readFileSync(DATA + path, "utf8").replace(/^\uFEFF/, "");
  const { records, unclosed } = parseRecords(text, delimiter);
  return { header: records[0], rows: records.slice(1), unclosed };
}

/** Rows as objects keyed by header (Map: ids such as `__proto__` are ordinary keys). */
export function objects(t: Table): Map<string, string>[] {
  return t.rows.map((r) => new Map(t.header.map((h, i) => [h, r[i] ?? ""])));
}

export function kboDigits(raw: string): string {
  return raw.replace(/\D/g, "").padStart(10, "0");
}
export function kboValid(raw: string): boolean {
  const d = kboDigits(raw);
  return d.length === 10 && 97 - (Number(d.slice(0, 8)) % 97) === Number(d.slice(8));
}
