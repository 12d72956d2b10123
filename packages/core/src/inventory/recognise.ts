/** Which inventory file each input is (by name, else by columns), read and parsed; unknown ones reported. */
import { readTable, type Table } from "../csv/read-table.ts";
import { msgText } from "../messages/index.ts";
import type { InputFile } from "../model/types.ts";
import { mapColumns } from "./columns.ts";
import { kindFromFileName, kindFromHeader } from "./file-kind.ts";
import { type FindingLog, finding, q } from "./findings.ts";
import { gephiTypeColumn } from "./relations.ts";
import { type ParsedFile, parseFile } from "./rows.ts";
import type { CsvKind } from "./schema.ts";

const KIND_NAMES: Record<CsvKind, string> = {
  organisations: "organisations.csv / organisaties.csv",
  relations: "relations.csv / relaties.csv",
  offerings: "offerings.csv / leerkansen.csv",
  barriers: "barriers.csv / drempels.csv",
  barrier_commitments: "barrier_commitments.csv / drempel_engagementen.csv",
  municipalities: "municipalities.csv / gemeenten.csv",
};

/** Reads each file and decides its kind; unknown files are reported, not silently skipped. */
export function recognise(files: readonly InputFile[], log: FindingLog): ParsedFile[] {
  const parsed: ParsedFile[] = [];
  const used = new Set<string>();
  for (const input of files) {
    // Two inputs with one name would mix up their rows in the report: the later one is renamed.
    let name = input.name;
    for (let i = 2; used.has(name); i++) name = `${input.name} (${i})`;
    used.add(name);
    const file = name === input.name ? input : { ...input, name };
    let table: Table = readTable(file);
    log.addAll(table.findings);
    log.setHeader(table.file, table.header);
    let kind = kindFromFileName(file.name);
    // An empty file or a workbook: the CSV layer's finding says it all, nothing to recognise.
    if (!kind && table.headerRow === 0) continue;
    if (!kind) {
      kind = kindFromHeader(table.header);
      const known = Object.values(KIND_NAMES).join(", ");
      if (!kind) {
        log.add(
          finding(
            "warning",
            "UNKNOWN_FILE",
            { file: file.name },
            msgText("recognise.unknown_file", { known }),
          ),
        );
        continue;
      }
      log.add(
        finding(
          "info",
          "FILE_KIND_FROM_HEADERS",
          { file: file.name },
          msgText("recognise.file_kind_from_headers", { value: KIND_NAMES[kind] }),
        ),
      );
    }
    let map = mapColumns(kind, table.header);
    if (kind === "relations") {
      const gephi = gephiTypeColumn(table, map);
      if (gephi) {
        ({ table, map } = gephi);
        log.add(
          finding(
            "info",
            "TYPE_COLUMN_IS_DIRECTION",
            { file: file.name, row: table.headerRow, column: gephi.column },
            msgText("recognise.type_column_is_direction", { column: q(gephi.column) }),
          ),
        );
      }
    }
    parsed.push(parseFile(table, kind, log.all, map));
  }
  return parsed;
}
