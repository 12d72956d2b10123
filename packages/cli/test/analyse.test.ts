/**
 * `ecolens analyse` through run([...]): JSON values against data/reference/cases, the terminal text
 * in nl and en, --csv, --metrics and scope errors with their exit codes.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../src/main.ts";
import { captureOutput } from "./helpers/capture.ts";

const REF = new URL("../../../data/reference/cases/", import.meta.url).pathname;
const lists = (name: string) => ["--nodes", `${REF}${name}/nodes.csv`, "--edges", `${REF}${name}/edges.csv`];
const expected = (name: string) => JSON.parse(readFileSync(`${REF}${name}/expected.json`, "utf8")).metrics;
const close = (a: number, e: number) => Math.abs(a - e) <= 1e-6 * Math.max(1, Math.abs(e));

const io = captureOutput();

describe("ecolens analyse --json", () => {
  it.each(["karate", "florentine", "les-miserables", "edge-cases"])(
    "matches the reference on %s",
    async (name) => {
      expect(await run(["analyse", ...lists(name), "--json"])).toBe(0);
      const result = JSON.parse(io.out());
      const m = expected(name);
      const bad: string[] = [];
      for (const id of Object.keys(m.degree)) {
        const node = result.nodes[id];
        if (!node) {
          bad.push(`${id} missing`);
          continue;
        }
        if (node.degree !== m.degree[id]) bad.push(`degree ${id}`);
        if (!close(node.betweenness, m.betweenness.raw[id])) bad.push(`betweenness ${id}`);
        if (!close(node.closeness, m.closeness[id])) bad.push(`closeness ${id}`);
        if (!close(node.pagerank, m.pagerank[id])) bad.push(`pagerank ${id}`);
        if (!close(node.core_number, m.core_number[id])) bad.push(`core ${id}`);
      }
      expect(bad).toEqual([]);
      expect(close(result.summary.density, m.density)).toBe(true);
      expect(result.summary.components.count).toBe(m.components.count);
    },
  );

  it("uses the weights of a weighted list for pagerank_weighted", async () => {
    expect(
      await run(["analyse", ...lists("karate-weighted"), "--json", "--metrics", "pagerank,strength"]),
    ).toBe(0);
    const result = JSON.parse(io.out());
    const m = expected("karate-weighted");
    for (const id of ["0", "16", "33"]) {
      expect(close(result.nodes[id].pagerank_weighted, m.pagerank_weighted[id])).toBe(true);
      expect(result.nodes[id].strength).toBe(m.strength[id]);
    }
  });

  it.each([
    ["inverse", "betweenness_inverse_weight_as_distance"],
    ["weight", "betweenness_weight_as_distance"],
  ])("--distance %s gives the reference's weighted betweenness (%s)", async (transform, key) => {
    expect(
      await run([
        "analyse",
        ...lists("karate-weighted"),
        "--json",
        "--metrics",
        "betweenness",
        "--distance",
        transform,
      ]),
    ).toBe(0);
    const result = JSON.parse(io.out());
    const m = expected("karate-weighted")[key];
    expect(result.meta.distance).toBe(transform);
    const bad = Object.keys(m.raw).filter(
      (id) =>
        !close(result.nodes[id].betweenness, m.raw[id]) ||
        !close(result.nodes[id].betweenness_normalized, m.normalized[id]),
    );
    expect(bad).toEqual([]);
  });

  it("refuses an unknown --distance with exit code 2", async () => {
    expect(await run(["analyse", ...lists("karate"), "--distance", "miles"])).toBe(2);
  });

  it("handles a directed list (gf-tiny) with in/out variants", async () => {
    expect(await run(["analyse", ...lists("gf-tiny"), "--directed", "--json"])).toBe(0);
    const result = JSON.parse(io.out());
    const m = expected("gf-tiny");
    expect(result.meta.directed).toBe(true);
    for (const id of ["A", "B", "C", "D"]) {
      expect(result.nodes[id].in_degree).toBe(m.in_degree[id]);
      expect(close(result.nodes[id].closeness_out, m.closeness_out[id])).toBe(true);
      expect(close(result.nodes[id].eigenvector, m.eigenvector[id])).toBe(true);
    }
    expect(
      close(result.summary.centralization_sna.betweenness.value, m.centralization_sna.betweenness.value),
    ).toBe(true);
  });
});

describe("ecolens analyse in the terminal", () => {
  it("explains the summary and top lists in Dutch", async () => {
    expect(await run(["analyse", ...lists("edge-cases"), "--lang", "nl"])).toBe(0);
    expect(io.out()).toContain("Het netwerk in één oogopslag");
    expect(io.out()).toMatch(/Organisaties\s+12/);
    expect(io.out()).toMatch(/Versnippering\s+0,621/);
    expect(io.out()).toContain("Makelaars");
    expect(io.out()).toContain("Kwetsbare schakels");
    // a cuts off 2 organisations (reference: articulation point with pieces {b,c,d} and {e,f}).
    expect(io.out()).toMatch(/1\s+A \(a\)\s+2/);
  });

  it("and in English", async () => {
    expect(await run(["analyse", ...lists("florentine"), "--lang", "en"])).toBe(0);
    expect(io.out()).toContain("The network at a glance");
    expect(io.out()).toMatch(/Organisations\s+15/);
    expect(io.out()).toContain("Brokers");
    // Medici has the highest betweenness in the reference (0.522).
    expect(io.out()).toMatch(/1\s+Medici\s+0\.522/);
    expect(io.out()).toContain("Single points of failure");
  });
});

describe("ecolens analyse options", () => {
  it("--csv writes one row per organisation with the metrics", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "ecolens-analyse-")), "metrics.csv");
    expect(
      await run([
        "analyse",
        ...lists("florentine"),
        "--csv",
        file,
        "--metrics",
        "degree,betweenness",
        "--lang",
        "en",
      ]),
    ).toBe(0);
    const text = new TextDecoder().decode(readFileSync(file)).replace(/^\uFEFF/, "");
    const lines = text.trim().split(/\r?\n/);
    expect(lines).toHaveLength(16);
    expect(lines[0].split(";")).toEqual(["id", "label", "betweenness", "betweenness_normalized", "degree"]);
    expect(lines.find((l) => l.startsWith("Medici;"))).toBe("Medici;Medici;47,5;0,521978021978022;6");
  });

  it("an unknown metric id is a usage error (exit 2) listing the known ids", async () => {
    expect(await run(["analyse", ...lists("karate"), "--metrics", "betweeness"])).toBe(2);
    expect(io.err()).toContain("betweeness");
    expect(io.err()).toContain("betweenness");
  });

  it("scopes to an ego network", async () => {
    expect(
      await run(["analyse", ...lists("edge-cases"), "--ego", "g", "--json", "--metrics", "density"]),
    ).toBe(0);
    expect(Object.keys(JSON.parse(io.out()).nodes).sort()).toEqual(["g", "h", "j", "k"]);
  });

  it("says the scope on the first line of the terminal output, and nothing when there is none", async () => {
    expect(
      await run(["analyse", ...lists("florentine"), "--ego", "Medici", "--radius", "2", "--lang", "nl"]),
    ).toBe(0);
    expect(io.out().startsWith("Alleen het netwerk rond Medici (2 stappen)\n\n")).toBe(true);
    expect(await run(["analyse", ...lists("florentine"), "--lang", "en"])).toBe(0);
    expect(io.out()).not.toContain("Only ");
  });

  it("an unknown ego is a usage error suggesting close ids", async () => {
    expect(await run(["analyse", ...lists("florentine"), "--ego", "Medicis", "--lang", "en"])).toBe(2);
    expect(io.err()).toContain("'Medici'");
  });

  it("a bad radius is a usage error", async () => {
    expect(await run(["analyse", ...lists("florentine"), "--ego", "Medici", "--radius", "two"])).toBe(2);
  });
});

describe("ecolens analyse on large networks", () => {
  it("--sample k estimates betweenness from k sources and says so in meta", async () => {
    expect(
      await run(["analyse", ...lists("les-miserables"), "--json", "--sample", "20", "--threads", "1"]),
    ).toBe(0);
    const result = JSON.parse(io.out());
    expect(result.meta.betweenness_sources).toBe(20);
    expect(result.nodes.Valjean.betweenness).toBeGreaterThan(0);
  });

  it("without --sample betweenness is exact (meta says null)", async () => {
    expect(await run(["analyse", ...lists("karate"), "--json", "--metrics", "betweenness"])).toBe(0);
    expect(JSON.parse(io.out()).meta.betweenness_sources).toBeNull();
  });

  it.each([
    ["--sample", "0"],
    ["--threads", "two"],
  ])("refuses %s %s with exit code 2", async (flag, value) => {
    expect(await run(["analyse", ...lists("karate"), flag, value])).toBe(2);
    expect(io.err()).toMatch(/takes a whole number|geheel getal/);
  });
});
