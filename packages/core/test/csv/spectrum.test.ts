/**
 * csv-spectrum conformance (data/conformance/csv-spectrum, BSD-2-Clause): every CSV must
 * parse to exactly the upstream JSON (json-corrected/ where upstream is wrong, see SOURCE.md).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/csv/decode.ts";
import { parseCsv } from "../../src/csv/parse.ts";

const ROOT = fileURLToPath(new URL("../../../../data/conformance/csv-spectrum", import.meta.url));
const names = readdirSync(join(ROOT, "csvs"))
  .filter((f) => f.endsWith(".csv"))
  .map((f) => f.slice(0, -4))
  .sort();

function expected(name: string): unknown {
  const corrected = join(ROOT, "json-corrected", `${name}.json`);
  return JSON.parse(
    readFileSync(existsSync(corrected) ? corrected : join(ROOT, "json", `${name}.json`), "utf8"),
  );
}

describe("csv-spectrum", () => {
  it("has all 12 upstream files", () => {
    expect(names).toHaveLength(12);
  });

  it.each(names)("%s reproduces its JSON", (name) => {
    const bytes = new Uint8Array(readFileSync(join(ROOT, "csvs", `${name}.csv`)));
    const parsed = parseCsv(decodeBytes(bytes).text);
    expect(parsed.issues).toEqual([]);
    const objects = parsed.records.map((r) =>
      Object.fromEntries(parsed.header.map((h, i) => [h, r.cells[i]])),
    );
    expect(objects).toEqual(expected(name));
  });

  it("keeps the CRLF inside the quoted cell of newlines_crlf and counts it as one row", () => {
    const bytes = new Uint8Array(readFileSync(join(ROOT, "csvs", "newlines_crlf.csv")));
    const parsed = parseCsv(decodeBytes(bytes).text);
    expect(parsed.records.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(parsed.records[1].cells[0]).toBe("Once upon \r\na time");
  });
});
