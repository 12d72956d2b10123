/**
 * A tiny CSV writer that reproduces what Excel writes (RFC 4180 quoting: a field is quoted only
 * when it holds the delimiter, a quote or a line break; quotes are doubled), plus the byte
 * encodings Flemish spreadsheets produce: UTF-8 with BOM ("CSV UTF-8") and Windows-1252 ("CSV").
 */

export interface CsvStyle {
  delimiter: string;
  eol: string;
}
/** Excel on nl-BE Windows: `;` list separator, CRLF. */
export const EXCEL_NL_BE: CsvStyle = { delimiter: ";", eol: "\r\n" };
/** Plain comma CSV with LF (reference data, Gephi tables). */
export const PLAIN: CsvStyle = { delimiter: ",", eol: "\n" };

export function csvField(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvLine(cells: readonly string[], style: CsvStyle): string {
  return cells.map((c) => csvField(c, style.delimiter)).join(style.delimiter);
}

/** Header and rows, every line (the last too) ended by the style's line ending, as Excel does. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  style: CsvStyle,
): string {
  return [header, ...rows].map((r) => csvLine(r, style) + style.eol).join("");
}

const BOM = [0xef, 0xbb, 0xbf];
export function utf8Bytes(text: string, withBom: boolean): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!withBom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set(BOM, 0);
  out.set(body, 3);
  return out;
}

/** The 0x80-0x9F block of Windows-1252 (the rest of 0x00-0xFF equals Latin-1). */
const CP1252_HIGH: Record<string, number> = {
  "€": 0x80,
  "‚": 0x82,
  ƒ: 0x83,
  "„": 0x84,
  "…": 0x85,
  "†": 0x86,
  "‡": 0x87,
  ˆ: 0x88,
  "‰": 0x89,
  Š: 0x8a,
  "‹": 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  "‘": 0x91,
  "’": 0x92,
  "“": 0x93,
  "”": 0x94,
  "•": 0x95,
  "–": 0x96,
  "—": 0x97,
  "˜": 0x98,
  "™": 0x99,
  š: 0x9a,
  "›": 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/** Windows-1252 bytes; throws on a character the code page cannot hold (a generator bug). */
export function windows1252Bytes(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out.push(code);
    else if (CP1252_HIGH[ch] !== undefined) out.push(CP1252_HIGH[ch]);
    else throw new Error(`not encodable in Windows-1252: U+${code.toString(16).toUpperCase()}`);
  }
  return Uint8Array.from(out);
}
