/** Researchers' formats: readers and writers for GEXF, GraphML, graphology JSON and CSV lists. */
export type { MetricColumns } from "./attribute-schema.ts";
export { type CsvOptions, type CsvTablesOptions, csvCell, toCsvBytes, writeCsvTables } from "./csv-write.ts";
export { readGexf } from "./gexf-read.ts";
export { type GexfWriteOptions, writeGexf } from "./gexf-write.ts";
export { readGraphml } from "./graphml-read.ts";
export { type GraphmlWriteOptions, writeGraphml } from "./graphml-write.ts";
export { readGraphologyJson } from "./json-read.ts";
export { type JsonWriteOptions, writeGraphologyJson } from "./json-write.ts";
export { type ListMapping, readNodeEdgeLists } from "./lists-read.ts";
