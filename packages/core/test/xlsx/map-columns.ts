/** The field type of each header of a table (for the fixture generator). */
import { type CsvKind, SCHEMAS } from "../../src/index.ts";
import { mapColumns } from "../../src/inventory/columns.ts";

export function mapColumnsForTest(kind: CsvKind, header: readonly string[]): Array<string | undefined> {
  const map = mapColumns(kind, header);
  const types: Array<string | undefined> = header.map(() => undefined);
  for (const m of map.byField.values()) types[m.index] = m.spec.type;
  void SCHEMAS;
  return types;
}
