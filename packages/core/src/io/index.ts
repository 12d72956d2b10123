/** Researchers' formats: readers and writers for GEXF, GraphML, graphology JSON, Pajek and CSV lists. */
export type { MetricColumns } from "./attribute-schema.ts";
export { type CsvOptions, type CsvTablesOptions, csvCell, toCsvBytes, writeCsvTables } from "./csv-write.ts";
export { EDGE_MODES, type EdgeMode } from "./edge-notes.ts";
export {
  extensionOf,
  type FileFormat,
  fileFormatOf,
  type NetworkFileFormat,
  READABLE_EXTENSIONS,
  readNetworkFile,
} from "./file-formats.ts";
export { readGexf } from "./gexf-read.ts";
export { type GexfWriteOptions, writeGexf } from "./gexf-write.ts";
export { readGraphml } from "./graphml-read.ts";
export { type GraphmlWriteOptions, writeGraphml } from "./graphml-write.ts";
export { MAX_JSON_DEPTH } from "./json-locate.ts";
export { readGraphologyJson } from "./json-read.ts";
export { type JsonWriteOptions, writeGraphologyJson } from "./json-write.ts";
export { type ListMapping, readNodeEdgeLists } from "./lists-read.ts";
export { readPajek } from "./pajek-read.ts";
export { type PajekWriteOptions, writePajek } from "./pajek-write.ts";
export type { ReadOptions } from "./read-options.ts";
export { MAX_XML_DEPTH } from "./xml-parse.ts";
