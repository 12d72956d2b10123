/**
 * Which reader a dropped file goes to, by core's table (io/file-formats.ts, which the CLI reads by
 * too): the name's extension, with a look at the first bytes for `.xml` (GEXF or GraphML). Inventory files
 * (CSV and workbooks) are read together as one inventory; a network file is read on its own.
 * Every file that is not read gets a reason, so the import report can name it.
 */
import { extensionOf, type FileFormat, fileFormatOf } from "@ecolens/core";
import type { Code } from "../i18n/catalogue.ts";

export type FileKind = FileFormat;

export interface NamedBytes {
  /** As the user sees it: the file name, or the path inside a chosen folder. */
  name: string;
  bytes: Uint8Array;
}

export interface IgnoredFile {
  name: string;
  reason: Code;
  /** Placeholder values of the reason. */
  values?: Record<string, string>;
}

export type ReadPlan =
  | { kind: "inventory"; files: NamedBytes[]; ignored: IgnoredFile[] }
  | { kind: Exclude<FileKind, "inventory">; file: NamedBytes; ignored: IgnoredFile[] }
  | { kind: "none"; ignored: IgnoredFile[] };

const baseName = (name: string) => name.split(/[\\/]/).pop() ?? name;

/** Binary formats a text file never starts with: a picture, a PDF or a zip renamed to .csv. */
const MAGIC: Array<[string, number[]]> = [
  ["PNG", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG", [0xff, 0xd8, 0xff]],
  ["GIF", [0x47, 0x49, 0x46, 0x38]],
  ["PDF", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["ZIP (.xlsx, .docx, .zip)", [0x50, 0x4b, 0x03, 0x04]],
  ["Office 97-2003 (.xls, .doc)", [0xd0, 0xcf, 0x11, 0xe0]],
];

function binaryFormat(bytes: Uint8Array): string | undefined {
  return MAGIC.find(([, magic]) => magic.every((b, i) => bytes[i] === b))?.[0];
}

/** The reader for one file (core's table, as the CLI reads), or the reason it is not read. */
export function recogniseFile(file: NamedBytes): FileKind | IgnoredFile {
  const base = baseName(file.name);
  if (base.startsWith("~$")) return { name: file.name, reason: "ignored.lockfile" };
  const extension = extensionOf(file.name);
  // The CLI lets the workbook reader refuse a macro file; the page says so before reading.
  if (extension === "xlsm") return { name: file.name, reason: "ignored.macro" };
  const kind = fileFormatOf(file.name, file.bytes);
  if (kind === null) return { name: file.name, reason: "ignored.unknown" };
  if (kind === "inventory" && extension !== "xlsx") {
    const format = binaryFormat(file.bytes);
    if (format) return { name: file.name, reason: "ignored.binary", values: { format } };
  }
  return kind;
}

const byName = (a: NamedBytes, b: NamedBytes) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * What to read from a set of files: every inventory file together (as the CLI reads a folder),
 * else the first network file by name; whatever is left is named with its reason.
 */
export function planRead(files: NamedBytes[]): ReadPlan {
  const ignored: IgnoredFile[] = [];
  const inventory: NamedBytes[] = [];
  const network: Array<{ kind: Exclude<FileKind, "inventory">; file: NamedBytes }> = [];
  const seen: NamedBytes[] = [];
  for (const file of [...files].sort(byName)) {
    // The same file twice (a copy in another folder, "organisaties (1).csv") would reject every row.
    const twin = file.bytes.length > 0 ? seen.find((s) => sameBytes(s.bytes, file.bytes)) : undefined;
    if (twin) {
      ignored.push({ name: file.name, reason: "ignored.duplicate", values: { first: twin.name } });
      continue;
    }
    seen.push(file);
    const kind = recogniseFile(file);
    if (typeof kind !== "string") ignored.push(kind);
    else if (kind === "inventory") inventory.push(file);
    else network.push({ kind, file });
  }
  if (inventory.length > 0) {
    for (const n of network) ignored.push({ name: n.file.name, reason: "ignored.mixed" });
    return { kind: "inventory", files: inventory, ignored };
  }
  if (network.length === 0) return { kind: "none", ignored };
  const [first, ...rest] = network;
  for (const n of rest)
    ignored.push({ name: n.file.name, reason: "ignored.second", values: { first: first.file.name } });
  return { kind: first.kind, file: first.file, ignored };
}

/** The folder the files came from (a chosen or dropped folder), when they all share one. */
export function folderOf(files: NamedBytes[]): string | undefined {
  const firsts = new Set(files.map((f) => (f.name.includes("/") ? f.name.split("/")[0] : "")));
  const [only] = [...firsts];
  return firsts.size === 1 && only ? only : undefined;
}
