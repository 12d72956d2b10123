/**
 * The response sheet of a collected round (`ecolens collect -o OUT.xlsx` writes it: one row per
 * organisation with "ingediend"/"returned" or "geen formulier"/"no form") -> the round's response:
 * how many organisations returned their form and which did not. The sheet is not an inventory
 * table (to-tables.ts skips it); this is what the report's data quality section shows of it.
 */
import type { RoundResponse } from "../model/types.ts";
import type { WorkbookSheet } from "./read-workbook.ts";

const RETURNED = new Set(["ingediend", "returned"]);
const NO_FORM = new Set(["geen formulier", "no form"]);
const RESPONSE_SHEETS = new Set(["respons", "response"]);

/** The response of the first response sheet with organisation rows; undefined when there is none. */
export function readResponse(sheets: readonly WorkbookSheet[]): RoundResponse | undefined {
  for (const sheet of sheets) {
    if (!RESPONSE_SHEETS.has(sheet.name.trim().toLowerCase())) continue;
    let total = 0;
    const missing: RoundResponse["missing"] = [];
    for (const row of sheet.rows) {
      // Columns: A org_id (or what), D name, E form status (see collect.ts responseSheet).
      const status = row.cells[4]?.text.trim().toLowerCase() ?? "";
      const id = row.cells[0]?.text.trim() ?? "";
      if (id === "" || !(RETURNED.has(status) || NO_FORM.has(status))) continue;
      total++;
      if (NO_FORM.has(status)) missing.push({ org_id: id, name: row.cells[3]?.text.trim() ?? "" });
    }
    if (total === 0) continue;
    missing.sort((a, b) => (a.org_id < b.org_id ? -1 : a.org_id > b.org_id ? 1 : 0));
    return { total, returned: total - missing.length, missing };
  }
  return undefined;
}
