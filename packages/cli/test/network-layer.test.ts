/**
 * A network file (GEXF, GraphML, JSON, lists) has organisations and ties but no inventory layer:
 * `validate` must not call it "ready for analysis" as if it were an inventory, and `gaps` must say
 * that white spots, barriers and learning paths cannot be computed instead of "none found".
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCaptured } from "./helpers/capture.ts";

const CASES = fileURLToPath(new URL("../../../data/reference/cases/", import.meta.url));
const WESTHOEK = fileURLToPath(new URL("../../../data/examples/westhoek", import.meta.url));
const karate = ["--nodes", join(CASES, "karate", "nodes.csv"), "--edges", join(CASES, "karate", "edges.csv")];

describe("a network file without an inventory layer", () => {
  it("validate says it is a network file and what it lacks (nl and en)", async () => {
    const nl = await runCaptured(["validate", ...karate, "--lang", "nl"]);
    expect(nl.code).toBe(0);
    expect(nl.out).toContain("netwerkbestand zonder inventarislaag");
    expect(nl.out).not.toContain("De inventaris is klaar voor analyse");
    const en = await runCaptured(["validate", ...karate, "--lang", "en"]);
    expect(en.out).toContain("network file without an inventory layer");
  });

  it("validate of an inventory keeps its own verdict", async () => {
    const { out } = await runCaptured(["validate", WESTHOEK, "--lang", "nl"]);
    expect(out).toContain("De inventaris is klaar voor analyse");
    expect(out).not.toContain("inventarislaag");
  });

  it("gaps says white spots, barriers and learning paths cannot be computed, never 'none found'", async () => {
    const { code, out } = await runCaptured(["gaps", ...karate, "--lang", "en"]);
    expect(code).toBe(0);
    expect(out).not.toContain("No white spots found");
    expect(out.match(/Cannot be computed/g)?.length).toBe(3);
    // The structural sections still run.
    expect(out).toContain("Critical partners");
  });
});
