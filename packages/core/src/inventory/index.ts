export { kindFromFileName, kindFromHeader } from "./file-kind.ts";
export { FINDING_CODES, type FindingCodeInfo } from "./finding-codes.ts";
export { type ImportOptions, importInventory } from "./import.ts";
export { type ColumnSpec, type CsvKind, FILE_NAMES, SCHEMAS } from "./schema.ts";
