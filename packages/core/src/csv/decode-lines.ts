/**
 * Files that mix encodings: rows typed in Excel (Windows-1252) appended to a "CSV UTF-8" export,
 * or two exports pasted together. Line ends (CR, LF) are the same byte in UTF-8 and Windows-1252,
 * so each physical line can be decoded on its own: strict UTF-8 where it is valid, Windows-1252
 * where it is not. Also recognises files that are no text at all (Excel workbooks named `.csv`).
 */
import iconv from "iconv-lite";

export interface LineDecoding {
  text: string;
  /** Physical lines (1-based, counted from the first byte given) decoded as Windows-1252. */
  cp1252Lines: number[];
  /** Some line holds non-ASCII characters that are valid UTF-8. */
  utf8NonAscii: boolean;
}

const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** 0 = ASCII only, 1 = valid UTF-8 with non-ASCII characters, 2 = not valid UTF-8. */
function classify(bytes: Uint8Array, start: number, end: number): 0 | 1 | 2 {
  let nonAscii = false;
  let i = start;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    nonAscii = true;
    // Lead byte -> sequence length and the allowed range of the second byte (RFC 3629 table).
    let len: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      len = 3;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return 2;
    if (i + len > end) return 2;
    if (bytes[i + 1] < lo || bytes[i + 1] > hi) return 2;
    for (let k = 2; k < len; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return 2;
    i += len;
  }
  return nonAscii ? 1 : 0;
}

/** Decodes each physical line (ended by CRLF, LF or CR) as UTF-8, or else as Windows-1252. */
export function decodePerLine(bytes: Uint8Array): LineDecoding {
  // First pass: where are the lines, and which are not UTF-8? (No decoding yet: most files are
  // Windows-1252 throughout, and one decode of the whole file is much faster.)
  const starts: number[] = [];
  const ends: number[] = [];
  const kinds: Array<0 | 1 | 2> = [];
  const n = bytes.length;
  for (let start = 0; ; ) {
    let end = start;
    while (end < n && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
    starts.push(start);
    ends.push(end);
    kinds.push(classify(bytes, start, end));
    if (end >= n) break;
    start = end + (bytes[end] === 0x0d && bytes[end + 1] === 0x0a ? 2 : 1);
  }
  const cp1252Lines: number[] = [];
  kinds.forEach((k, i) => {
    if (k === 2) cp1252Lines.push(i + 1);
  });
  const utf8NonAscii = kinds.includes(1);
  if (!utf8NonAscii || cp1252Lines.length === 0) {
    const text = cp1252Lines.length > 0 ? iconv.decode(bytes, "win1252") : utf8.decode(bytes);
    return { text, cp1252Lines, utf8NonAscii };
  }
  const parts: string[] = [];
  for (let i = 0; i < starts.length; i++) {
    const segment = bytes.subarray(starts[i], ends[i]);
    parts.push(kinds[i] === 2 ? iconv.decode(segment, "win1252") : utf8.decode(segment));
    if (i + 1 < starts.length) parts.push(asciiText(bytes.subarray(ends[i], starts[i + 1])));
  }
  return { text: parts.join(""), cp1252Lines, utf8NonAscii };
}

function asciiText(bytes: Uint8Array): string {
  let out = "";
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return out;
}

export type WorkbookKind = "zip" | "ole";

/**
 * `PK\x03\x04`: a zip container (.xlsx, .ods, .numbers, or any zip); `D0 CF 11 E0 A1 B1 1A E1`: an
 * OLE compound file (.xls of Excel 97-2003). Neither can be a CSV file.
 */
export function workbookKind(bytes: Uint8Array): WorkbookKind | undefined {
  const starts = (sig: readonly number[]) =>
    bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
  if (starts([0x50, 0x4b, 0x03, 0x04])) return "zip";
  if (starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "ole";
  return undefined;
}
