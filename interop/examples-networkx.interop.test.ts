/** The researcher example recomputes its metrics with networkx from the GEXF it wrote, and they agree. */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as researcher from "../examples/researcher-gexf/run.ts";
import { pythonWith } from "./python.ts";

const tmp = mkdtempSync(join(tmpdir(), "ecolens-interop-example-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("researcher-gexf against networkx", () => {
  let result: researcher.ResearcherResult;
  beforeAll(async () => {
    pythonWith(
      "networkx",
      3,
      "The node image's python3 ships networkx 3.6.1; elsewhere: pip install 'networkx>=3'.",
    );
    result = await researcher.main(join(tmp, "researcher"));
  });

  it("networkx recomputes degree, betweenness, closeness, PageRank, density and transitivity and agrees", () => {
    expect(result.networkx).not.toBeNull();
    const checks = result.networkx!.checks;
    const names = checks.map((c) => c.metric);
    for (const m of ["degree", "betweenness_normalized", "closeness", "pagerank", "density", "transitivity"])
      expect(names).toContain(m);
    for (const c of checks) expect(c.ok, `${c.metric}: max diff ${c.max_abs_diff}`).toBe(true);
    expect(checks.find((c) => c.metric === "degree")!.compared).toBe(result.imported.nodes);
    expect(statSync(result.files.networkxCheck!).size).toBeGreaterThan(100);
  });
});
