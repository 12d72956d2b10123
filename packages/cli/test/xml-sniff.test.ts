/**
 * A GEXF file saved with the `.xml` extension (Gephi's "Save as" keeps whatever name is typed) is
 * read as GEXF, by the same table the app uses (core io/file-formats.ts); before, the CLI took
 * every `.xml` for GraphML and failed on it.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCaptured } from "./helpers/capture.ts";

const CONFORMANCE = fileURLToPath(new URL("../../../data/conformance/", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "ecolens-xml-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function firstGexf(folder: string): string | undefined {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      const found = firstGexf(path);
      if (found) return found;
    } else if (/good.*\.gexf$|\.gexf$/.test(entry.name) && !/bad|invalid/i.test(path)) return path;
  }
  return undefined;
}

describe("a .xml file", () => {
  it("holding GEXF is read as GEXF", async () => {
    const gexf = firstGexf(CONFORMANCE);
    expect(gexf).toBeDefined();
    const asXml = join(dir, "export.xml");
    copyFileSync(gexf as string, asXml);
    const renamed = await runCaptured(["validate", asXml, "--lang", "en", "--json"]);
    expect(renamed.code).toBe(0);
    const report = JSON.parse(renamed.out);
    expect(report.files[0].kind).toBe("gexf");
    expect(report.files[0].imported).toBeGreaterThan(0);
    expect(report.errors).toBe(0);
  });
});
