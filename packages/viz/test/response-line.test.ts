/** The data quality section of a collected round shows its response rate (issue 16 §4). */
import { describe, expect, it } from "vitest";
import type { ReportModel } from "../src/model.ts";
import { responseText } from "../src/report/response-line.ts";
import { qualitySection } from "../src/report/sections.ts";

const missing = Array.from({ length: 12 }, (_, i) => ({
  org_id: `o${String(i).padStart(2, "0")}`,
  name: i === 0 ? "<b>Bib</b>" : `Org ${i}`,
}));
const response = { total: 1250, returned: 1238, missing };

describe("response rate of a collected round", () => {
  it("(nl) counts as the locale writes them, names the first ten without a form, counts the rest", () => {
    const t = responseText(response);
    expect(t.nl).toBe(
      "Respons: 1.238 van 1.250 organisaties stuurden hun formulier terug (99,0%). Geen formulier van: <b>Bib</b>, Org 1, Org 2, Org 3, Org 4, Org 5, Org 6, Org 7, Org 8, Org 9 en 2 andere.",
    );
    expect(t.en).toMatch(
      /^Response: 1,238 of 1,250 organisations returned their form \(99.0%\)\. No form from: /,
    );
    expect(t.en).toMatch(/Org 9 and 2 more\.$/);
  });
  it("says nothing about missing forms when every form came back", () => {
    expect(responseText({ total: 3, returned: 3, missing: [] }).en).toBe(
      "Response: 3 of 3 organisations returned their form (100%).",
    );
  });
  it("is in the data quality section only for a collected round, with names escaped", () => {
    const base = { errors: 0, warnings: 0, files: [], findings: [], totalFindings: 0 };
    const withResponse = qualitySection({ dataQuality: { ...base, response } } as unknown as ReportModel);
    expect(withResponse).toContain('class="response-rate"');
    expect(withResponse).toContain("&lt;b&gt;Bib&lt;/b&gt;");
    expect(withResponse).not.toContain("<b>Bib");
    expect(qualitySection({ dataQuality: base } as unknown as ReportModel)).not.toContain("response-rate");
  });
});
