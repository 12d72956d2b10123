/** `ecolens export`: formats, -o, csv folders, usage errors (exit 2), inputs with errors. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readGexf, readGraphml, readGraphologyJson } from "@ecolens/core";
import { describe, expect, it } from "vitest";
import { run } from "../src/main.ts";
import { captureOutput } from "./helpers/capture.ts";
import { tempDir } from "./helpers/fixtures.ts";

const DATA = fileURLToPath(new URL("../../../data/", import.meta.url));
const KARATE = join(DATA, "reference", "cases", "karate");
const REF = join(DATA, "conformance", "schemas", "reference");
const lists = ["--edges", join(KARATE, "edges.csv"), "--nodes", join(KARATE, "nodes.csv")];
const tmp = tempDir("ecolens-export-");

const io = captureOutput();

describe("ecolens export", () => {
  it("--to gexf without -o writes GEXF 1.3 to stdout (karate: 34 nodes, 78 edges)", async () => {
    expect(await run(["export", ...lists, "--to", "gexf"])).toBe(0);
    const back = readGexf({ name: "o.gexf", bytes: new TextEncoder().encode(io.out()) });
    expect([back.graph.order, back.graph.size]).toEqual([34, 78]);
  });

  it("--to graphml / json -o FILE write the file", async () => {
    const g = join(tmp, "k.graphml");
    const j = join(tmp, "k.json");
    expect(await run(["export", ...lists, "--to", "graphml", "-o", g])).toBe(0);
    expect(await run(["export", ...lists, "--to", "json", "-o", j])).toBe(0);
    const fromGraphml = readGraphml({ name: g, bytes: readFileSync(g) });
    const fromJson = readGraphologyJson({ name: j, bytes: readFileSync(j) });
    expect([fromGraphml.graph.order, fromGraphml.graph.size]).toEqual([34, 78]);
    expect([fromJson.graph.order, fromJson.graph.size]).toEqual([34, 78]);
  });

  it("--to csv -o DIR writes DIR/nodes.csv and DIR/edges.csv (Flemish default, --plain)", async () => {
    const dir = join(tmp, "csv");
    expect(await run(["export", ...lists, "--to", "csv", "-o", dir])).toBe(0);
    const nodes = readFileSync(join(dir, "nodes.csv"));
    expect([...nodes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(nodes.toString("utf8", 3).split("\r\n")[0]).toBe("id;label;club");
    const plainDir = join(tmp, "plain");
    expect(await run(["export", ...lists, "--to", "csv", "--plain", "-o", plainDir])).toBe(0);
    const edges = readFileSync(join(plainDir, "edges.csv"), "utf8").split("\n");
    expect(edges[0]).toBe("source,target,relation_type,directed,weight");
    expect(edges).toHaveLength(78 + 2); // header + 78 edges + final newline
  });

  it("usage errors exit 2 with a message in the chosen language", async () => {
    expect(await run(["export", ...lists, "--to", "pdf", "--lang", "nl"])).toBe(2);
    expect(io.err()).toContain("onbekend formaat 'pdf'");
    expect(await run(["export", ...lists, "--lang", "en"])).toBe(2);
    expect(io.err()).toContain("--to is missing");
    expect(await run(["export", ...lists, "--to", "csv", "--lang", "en"])).toBe(2);
    expect(io.err()).toContain("-o DIR");
    const file = join(tmp, "a-file");
    writeFileSync(file, "x");
    expect(await run(["export", ...lists, "--to", "csv", "-o", file, "--lang", "en"])).toBe(2);
    expect(await run(["export", join(tmp, "nope.gexf"), "--to", "gexf"])).toBe(2);
  });

  it("an input with errors: exported anyway with a note on stderr and exit 1; nothing readable: exit 1", async () => {
    const out = join(tmp, "dangling.gexf");
    expect(
      await run([
        "export",
        join(REF, "bad-1.3-dangling-edge.gexf"),
        "--to",
        "gexf",
        "-o",
        out,
        "--lang",
        "en",
      ]),
    ).toBe(1);
    expect(io.err()).toContain("1 row was rejected and is missing from the analysis: see 'ecolens validate");
    expect(readGexf({ name: out, bytes: readFileSync(out) }).graph.size).toBe(2);
    const broken = join(tmp, "broken.json");
    writeFileSync(broken, "{ not json");
    expect(await run(["export", broken, "--to", "gexf", "-o", join(tmp, "never.gexf")])).toBe(1);
    expect(existsSync(join(tmp, "never.gexf"))).toBe(false);
  });
});
