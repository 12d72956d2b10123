/**
 * The done-when of issue 20: adding a metric is one descriptor file plus its kernel and test, and
 * it shows up in `analyse --json`, `--metrics`, the help, docs/metrics.md and the report's
 * glossary with no other edit. The worked example (eccentricity, docs/adding-a-metric.md) is
 * registered here, for this test file only, and followed into each of those places.
 */
import { registerMetric } from "@ecolens/analysis";
import { buildReportModel } from "@ecolens/report";
import { describe, expect, it } from "vitest";
import { renderCliDoc } from "../../../scripts/docs/cli.ts";
import { renderMetricsDoc } from "../../../scripts/docs/metrics.ts";
import { ECCENTRICITY } from "../../analysis/test/registry/example/eccentricity.ts";
import { run } from "../src/main.ts";
import { createProgram } from "../src/program.ts";
import { loadNetwork } from "../src/shared/input.ts";
import { captureOutput } from "./helpers/capture.ts";

const REF = new URL("../../../data/reference/cases/", import.meta.url).pathname;
const lists = ["--nodes", `${REF}karate/nodes.csv`, "--edges", `${REF}karate/edges.csv`];

const io = captureOutput();

describe("a new metric shows up everywhere from its descriptor alone", () => {
  it("is unknown before it is registered", async () => {
    expect(await run(["analyse", ...lists, "--metrics", "eccentricity", "--json", "--quiet"])).not.toBe(0);
    expect(renderMetricsDoc()).not.toContain("`eccentricity`");
    registerMetric(ECCENTRICITY);
  });

  it("analyse --json --metrics eccentricity", async () => {
    expect(await run(["analyse", ...lists, "--metrics", "eccentricity", "--json", "--quiet"])).toBe(0);
    const result = JSON.parse(io.out());
    expect(result.meta.metrics).toEqual(["eccentricity"]);
    // Karate is connected with diameter 5: every eccentricity lies in 3..5 (networkx: 3 to 5).
    const values = Object.values(result.nodes).map((row) => (row as { eccentricity: number }).eccentricity);
    expect(values).toHaveLength(34);
    expect(Math.min(...values)).toBe(3);
    expect(Math.max(...values)).toBe(5);
  });

  it("the --metrics listing and the help of analyse", () => {
    const analyse = createProgram().commands.find((c) => c.name() === "analyse");
    const option = analyse?.options.find((o) => o.long === "--metrics");
    expect(option?.description).toMatch(/, eccentricity$/);
    expect(analyse?.helpInformation()).toContain("eccentricity");
    expect(renderCliDoc()).toContain("place, eccentricity");
  });

  it("docs/metrics.md", () => {
    const doc = renderMetricsDoc();
    expect(doc).toContain(
      "| [`eccentricity`](#eccentricity) | node | analyse | Eccentricity / Excentriciteit |",
    );
    expect(doc).toContain("## `eccentricity` — Eccentricity / Excentriciteit");
    expect(doc).toContain(
      "| `eccentricity` | number | Largest distance within its own part (isolate: null). |",
    );
  });

  it("the report's glossary", async () => {
    const files = { nodes: `${REF}karate/nodes.csv`, edges: `${REF}karate/edges.csv` };
    const network = await loadNetwork(undefined, files, "en", { quiet: true });
    const model = await buildReportModel(network, "en", { seed: 1 });
    const entry = model.metrics.find((m) => m.id === "eccentricity");
    expect(entry?.title.en).toBe("Eccentricity");
    expect(entry?.explanation.nl).toBe(ECCENTRICITY.explanation.nl);
  });
});
