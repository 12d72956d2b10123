/**
 * Which reader a file goes to, decided once for every shell (the CLI's input, the app's drop):
 * by the name's extension, with a look at the first bytes of an `.xml` file (a GEXF file saved as
 * `.xml` is GEXF, anything else GraphML). Inventory files (CSV and workbooks) are read together as
 * one inventory by importInventoryFiles; a network file is read on its own by readNetworkFile.
 * A new reader is one row in FORMAT_BY_EXTENSION and one in READERS.
 */
import type { EcoNetwork, InputFile } from "../model/types.ts";
import { readGexf } from "./gexf-read.ts";
import { readGraphml } from "./graphml-read.ts";
import { readGraphologyJson } from "./json-read.ts";
import { readPajek } from "./pajek-read.ts";
import type { ReadOptions } from "./read-options.ts";

export type FileFormat = "inventory" | "gexf" | "graphml" | "json" | "pajek";
export type NetworkFileFormat = Exclude<FileFormat, "inventory">;

const FORMAT_BY_EXTENSION: Record<string, FileFormat | "xml"> = {
  csv: "inventory",
  tsv: "inventory",
  txt: "inventory",
  xlsx: "inventory",
  // Refused by the workbook reader with what to do (macros are never run), so it names itself.
  xlsm: "inventory",
  gexf: "gexf",
  graphml: "graphml",
  xml: "xml",
  json: "json",
  net: "pajek",
  paj: "pajek",
  pajek: "pajek",
};

const READERS: Record<NetworkFileFormat, (file: InputFile, options: ReadOptions) => EcoNetwork> = {
  gexf: readGexf,
  graphml: readGraphml,
  json: readGraphologyJson,
  pajek: readPajek,
};

/** The extensions ecolens reads, for messages ("expected one of ..."). */
export const READABLE_EXTENSIONS: readonly string[] = Object.keys(FORMAT_BY_EXTENSION).map((e) => `.${e}`);

export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

/** `.xml`: GEXF when its first kilobytes hold a `<gexf` element, else GraphML. */
function xmlFormat(head: Uint8Array | undefined): "gexf" | "graphml" {
  if (!head) return "graphml";
  const text = new TextDecoder("utf-8", { fatal: false }).decode(head.subarray(0, 4096));
  return /<(\w+:)?gexf[\s>]/i.test(text) ? "gexf" : "graphml";
}

/** The format of a file by its name (and, for `.xml`, its first bytes); null when ecolens does not read it. */
export function fileFormatOf(name: string, bytes?: Uint8Array): FileFormat | null {
  const format = FORMAT_BY_EXTENSION[extensionOf(name)];
  if (format === undefined) return null;
  return format === "xml" ? xmlFormat(bytes) : format;
}

/** Reads one network file (GEXF, GraphML, graphology JSON, Pajek) with its format's reader. */
export function readNetworkFile(
  format: NetworkFileFormat,
  file: InputFile,
  options: ReadOptions = {},
): EcoNetwork {
  return READERS[format](file, options);
}
