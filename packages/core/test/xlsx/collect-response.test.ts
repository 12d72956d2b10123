/**
 * The response rate of a collected round (issue 16 §4): the collected workbook's response sheet
 * is read back into `network.response` (who returned a form, who did not); other inputs have none.
 */
import { describe, expect, it } from "vitest";
import {
  collectForms,
  type InputFile,
  importInventory,
  importInventoryFiles,
  partnerFormWorkbook,
  writeWorkbook,
} from "../../src/index.ts";
import { westhoekCsv } from "./westhoek-workbook.ts";

const westhoek = importInventory(westhoekCsv());
const ids = westhoek.organisations.map((o) => o.org_id).sort();
const answering = ids.slice(0, 3);

describe.each(["nl", "en"] as const)(
  "collected round (%s): response",
  (lang) => {
    const forms: InputFile[] = answering.map((id) => ({
      name: `${id}.xlsx`,
      bytes: partnerFormWorkbook(westhoek, id, lang),
    }));
    const result = collectForms(forms, westhoek, lang);
    const back = importInventoryFiles([{ name: "round.xlsx", bytes: writeWorkbook(result.sheets) }]);

    it("counts the forms returned and lists who did not return one", () => {
      expect(back.response?.total).toBe(westhoek.organisations.length);
      expect(back.response?.returned).toBe(answering.length);
      const missing = westhoek.organisations
        .filter((o) => !answering.includes(o.org_id))
        .map((o) => ({ org_id: o.org_id, name: o.name }))
        .sort((a, b) => (a.org_id < b.org_id ? -1 : 1));
      expect(back.response?.missing).toEqual(missing);
    });
  },
  120_000,
);

describe("inputs that are not a collected round", () => {
  it("have no response", () => {
    expect(westhoek.response).toBeUndefined();
    const sheets = collectForms([], westhoek, "nl").sheets.filter((s) => s.name !== "respons");
    expect(
      importInventoryFiles([{ name: "plain.xlsx", bytes: writeWorkbook(sheets) }]).response,
    ).toBeUndefined();
  });
});
