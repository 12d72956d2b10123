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

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

/** Decodes each physical line (ended by CRLF, LF or CR) as UTF-8, or else as Windows-1252. */
export function decodePerLine(bytes: Uint8Array): LineDecoding {
  const parts: string[] = [];
  const cp1252Lines: number[] = [];
  let utf8NonAscii = false;
  let line = 1;
  let start = 0;
  const n = bytes.length;
  while (start <= n) {
    let end = start;
    while (end < n && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
    const segment = bytes.subarray(start, end);
    if (isAscii(segment)) parts.push(asciiText(segment));
    else {
      try {
        parts.push(strictUtf8.decode(segment));
        utf8NonAscii = true;
      } catch {
        parts.push(iconv.decode(segment, "win1252"));
        cp1252Lines.push(line);
      }
    }
    if (end >= n) break;
    const crlf = bytes[end] === 0x0d && bytes[end + 1] === 0x0a;
    parts.push(crlf ? "\r\n" : bytes[end] === 0x0d ? "\r" : "\n");
    start = end + (crlf ? 2 : 1);
    line++;
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
