/** The data quality summary counts in words that agree with the number ("1 fout", "4 waarschuwingen"). */
import { describe, expect, it } from "vitest";
import type { ReportModel } from "../src/model.ts";
import { qualitySection } from "../src/report/sections.ts";

const section = (errors: number, warnings: number) =>
  qualitySection({
    dataQuality: { errors, warnings, files: [], findings: [], totalFindings: 0 },
  } as unknown as ReportModel);

describe("data quality summary", () => {
  it("singular and plural in nl and en", () => {
    const one = section(1, 4);
    expect(one).toContain("1 fout en 4 waarschuwingen bij het inlezen.");
    expect(one).toContain("1 error and 4 warnings on import.");
    const many = section(2, 1);
    expect(many).toContain("2 fouten en 1 waarschuwing bij het inlezen.");
    expect(many).toContain("2 errors and 1 warning on import.");
  });
});
