/**
 * The zip container of a workbook, with the hostile-input checks of docs/decisions/0005: encrypted
 * (OLE/CFB) files, macros and oversized or suspiciously compressed parts are refused before any
 * part is inflated. External links and media are never inflated at all.
 */
import { type UnzipFileInfo, unzipSync, type Zippable, zipSync } from "fflate";
import { msgText } from "../messages/index.ts";
import { XlsxError } from "./errors.ts";
import { XLSX_LIMITS, type XlsxLimits } from "./limits.ts";

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** The parts ecolens reads: the workbook, its relationships, strings, styles and sheets. */
const WANTED =
  /^(\[Content_Types\]\.xml|_rels\/\.rels|xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml))$/i;

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

function tooLarge(file: string, what: string, limit: string): XlsxError {
  return new XlsxError("XLSX_TOO_LARGE", file, msgText("zip.tooLarge", { file, what, limit }));
}

/** Refuses what is not a plain .xlsx (encrypted, macro-enabled, not a zip) with what to do. */
export function refuseNonXlsx(bytes: Uint8Array, file: string): void {
  if (/\.xlsm$/i.test(file)) throw macros(file);
  if (startsWith(bytes, CFB_MAGIC))
    throw new XlsxError("XLSX_ENCRYPTED", file, msgText("zip.encrypted_or_xls", { file }));
  if (!startsWith(bytes, ZIP_MAGIC))
    throw new XlsxError("XLSX_NOT_A_WORKBOOK", file, msgText("zip.not_a_workbook", { file }));
}

function macros(file: string): XlsxError {
  return new XlsxError("XLSX_MACROS", file, msgText("zip.macros", { file }));
}

function broken(file: string, detail: string | { nl: string; en: string }): XlsxError {
  const d = typeof detail === "string" ? { nl: detail, en: detail } : detail;
  return new XlsxError("XLSX_BROKEN", file, msgText("zip.damaged", { file, d }));
}

/** Checks the central directory against the limits, then inflates only the parts ecolens reads. */
export function readZip(
  bytes: Uint8Array,
  file: string,
  limits: XlsxLimits = XLSX_LIMITS,
): Map<string, Uint8Array> {
  refuseNonXlsx(bytes, file);
  const infos: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (info) => {
        infos.push(info);
        return false;
      },
    });
  } catch (e) {
    throw broken(file, (e as Error).message);
  }
  if (infos.length > limits.maxEntries) throw tooLarge(file, `${infos.length} parts`, `${limits.maxEntries}`);
  if (infos.some((i) => /vbaProject\.bin$/i.test(i.name))) throw macros(file);
  // Part names are case-insensitive (OPC): two parts of one name could show Excel one table and
  // ecolens another.
  const seen = new Set<string>();
  for (const info of infos) {
    const key = info.name.toLowerCase();
    if (seen.has(key)) {
      const name = JSON.stringify(info.name.slice(0, 100));
      throw broken(file, msgText("zip.duplicate_part", { name }));
    }
    seen.add(key);
  }
  let total = 0;
  for (const info of infos) {
    if (!WANTED.test(info.name)) continue;
    total += info.originalSize;
    if (info.originalSize > limits.maxEntryBytes)
      throw tooLarge(file, `${info.name}: ${mb(info.originalSize)}`, mb(limits.maxEntryBytes));
    if (info.originalSize > 1_000_000 && info.originalSize > limits.maxRatio * Math.max(1, info.size))
      throw tooLarge(
        file,
        `${info.name} is compressed ${Math.round(info.originalSize / Math.max(1, info.size))}x`,
        `${limits.maxRatio}x`,
      );
  }
  if (total > limits.maxTotalBytes) throw tooLarge(file, mb(total), mb(limits.maxTotalBytes));
  let parts: Record<string, Uint8Array>;
  try {
    // fflate inflates each part into a buffer of its declared size: it cannot grow past it.
    parts = unzipSync(bytes, { filter: (info) => WANTED.test(info.name) });
  } catch (e) {
    throw broken(file, (e as Error).message);
  }
  const out = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(parts)) {
    if (data.length > limits.maxEntryBytes)
      throw tooLarge(file, `${name}: ${mb(data.length)}`, mb(limits.maxEntryBytes));
    out.set(name, data);
  }
  return out;
}

/** Zips the parts of a workbook (deflated, fixed timestamps: the same workbook gives the same bytes). */
export function writeZip(parts: Array<[string, string]>): Uint8Array {
  const encoder = new TextEncoder();
  const zippable: Zippable = {};
  // Local midnight: zip stores local DOS time, so every time zone writes the same bytes.
  const mtime = new Date(2020, 0, 1);
  for (const [name, text] of parts) zippable[name] = [encoder.encode(text), { level: 6, mtime }];
  return zipSync(zippable);
}
