/**
 * Bytes -> text, the way Flemish spreadsheet exports arrive (design/inventory-format.md §4.7 step 1):
 * a BOM decides (UTF-8, UTF-16LE/BE); otherwise strict UTF-8; if that fails, Windows-1252 (the ANSI
 * code page Excel's classic "CSV" export writes on nl-BE) and the caller warns. A file whose lines
 * are partly valid UTF-8 (with accents) and partly not is decoded line by line (decode-lines.ts).
 */
import { decodePerLine } from "./decode-lines.ts";

export type TextEncodingName =
  | "utf-8"
  | "utf-8-bom"
  | "utf-16le"
  | "utf-16be"
  | "windows-1252"
  | "utf-8+windows-1252";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** True when strict UTF-8 failed and Windows-1252 was assumed. */
  fallback: boolean;
  /** True when the text looks double-encoded (UTF-8 read as Windows-1252 once before: "Ã©"). */
  mojibake: boolean;
  /** Mixed files: the physical lines (1-based, BOM excluded) read as Windows-1252; else empty. */
  cp1252Lines: number[];
}

/**
 * UTF-8 lead bytes C2-DF / E2 read as Windows-1252 give Â/Ã/â followed by a character that stands
 * for a continuation byte 80-BF (U+0080-U+00BF, or the cp1252 glyphs of 80-9F such as € ‚ ™ ’).
 */
const CP1252_CONTINUATION =
  "\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122";
const MOJIBAKE = new RegExp(`[\u00C2\u00C3][${CP1252_CONTINUATION}]|\u00E2\u20AC[${CP1252_CONTINUATION}]`);

/** Does the text contain "Ã©"-style sequences (UTF-8 bytes that were decoded as Windows-1252)? */
export function looksLikeMojibake(text: string): boolean {
  return MOJIBAKE.test(text);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  // Manual decode: works everywhere (no ICU dependency for utf-16be); a trailing odd byte is dropped.
  const units = Math.floor(bytes.length / 2);
  const codes = new Uint16Array(units);
  for (let i = 0; i < units; i++) {
    const a = bytes[2 * i];
    const b = bytes[2 * i + 1];
    codes[i] = littleEndian ? a | (b << 8) : (a << 8) | b;
  }
  let out = "";
  const CHUNK = 8192;
  for (let i = 0; i < units; i += CHUNK) {
    out += String.fromCharCode(...codes.subarray(i, i + CHUNK));
  }
  // Lone surrogates become U+FFFD, like TextDecoder does.
  return out.replace(LONE_SURROGATE, "\uFFFD");
}

/**
 * UTF-16 without a BOM: plain Latin text has a zero in every other byte. Only guessed when at least
 * 40% of the even (BE) or odd (LE) bytes are zero and the other half has (almost) none.
 */
function guessBomlessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const half = bytes.length / 2;
  if (oddZeros >= 0.4 * half && evenZeros <= 0.05 * half) return "utf-16le";
  if (evenZeros >= 0.4 * half && oddZeros <= 0.05 * half) return "utf-16be";
  return undefined;
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  const result = (
    text: string,
    encoding: TextEncodingName,
    fallback = false,
    cp1252Lines: number[] = [],
  ): DecodedText => ({ text, encoding, fallback, mojibake: looksLikeMojibake(text), cp1252Lines });
  const perLine = (body: Uint8Array, bom: boolean): DecodedText => {
    const lines = decodePerLine(body);
    // No valid UTF-8 accent anywhere (and no BOM saying UTF-8): the whole file is Windows-1252.
    if (!bom && !lines.utf8NonAscii) return result(lines.text, "windows-1252", true);
    return result(lines.text, "utf-8+windows-1252", false, lines.cp1252Lines);
  };
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    try {
      return result(new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(3)), "utf-8-bom");
    } catch {
      return perLine(bytes.subarray(3), true);
    }
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return result(decodeUtf16(bytes.subarray(2), true), "utf-16le");
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return result(decodeUtf16(bytes.subarray(2), false), "utf-16be");
  }
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return result(decodeUtf16(bytes, utf16 === "utf-16le"), utf16);
  try {
    // ignoreBOM: there is no BOM here (checked above); keep the decoder from eating anything.
    return result(new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), "utf-8");
  } catch {
    return perLine(bytes, false);
  }
}
