/** The downloads' names: from the folder the files came from, safe as a file name anywhere. */
import { describe, expect, it } from "vitest";
import { downloadStem, exportFile } from "../src/worker/exports.ts";

const imported = { files: [], findings: [], ignored: [], errors: 0, warnings: 0 };

describe("download names", () => {
  it("carry the folder's name, so two rounds do not both arrive as ecolens-report.html", () => {
    expect(exportFile({ imported, name: "westhoek-2025" }, "findings-csv", "nl").name).toBe(
      "ecolens-westhoek-2025-import.csv",
    );
    expect(exportFile({ imported, name: "westhoek" }, "findings-xlsx", "en").name).toBe(
      "ecolens-westhoek-import.xlsx",
    );
    expect(exportFile({ imported }, "findings-csv", "en").name).toBe("ecolens-import.csv");
  });

  it("keep letters and digits of a hostile or long folder name and nothing else", () => {
    expect(downloadStem("<img src=x onerror=alert(1)>")).toBe("ecolens-img-src-x-onerror-alert-1");
    expect(downloadStem("../..\\etc")).toBe("ecolens-etc");
    expect(downloadStem("Ronde 2026 \u202Efdp.exe")).toBe("ecolens-Ronde-2026-fdp-exe");
    expect(downloadStem("Leerkansen Één")).toBe("ecolens-Leerkansen-Één");
    expect(downloadStem("A".repeat(10_000))).toBe(`ecolens-${"A".repeat(60)}`);
    expect(downloadStem("...")).toBe("ecolens");
    expect(downloadStem(undefined)).toBe("ecolens");
  });
});
