/**
 * Every key of `ecolens analyse --json` has a descriptor: walks the JSON of the Westhoek example
 * (undirected, weighted, with sectors and municipalities), a directed reference case and a
 * sampled run, and fails on any key that no registry descriptor output (at its placement) or
 * result-envelope field (RESULT_FIELDS) describes. An output of type "object" covers what is
 * inside it (its keys are data, e.g. relation types or organisation ids).
 */
import { ANALYSE_METRICS, type MetricOutput, RESULT_FIELDS } from "@ecolens/analysis";
import { describe, expect, it } from "vitest";
import { run } from "../src/main.ts";
import { captureOutput } from "./helpers/capture.ts";

const WESTHOEK = new URL("../../../data/examples/westhoek/", import.meta.url).pathname;
const REF = new URL("../../../data/reference/cases/", import.meta.url).pathname;
const lists = (name: string) => ["--nodes", `${REF}${name}/nodes.csv`, "--edges", `${REF}${name}/edges.csv`];

/** Full path (node ids as `*`) -> output type, for every descriptor output and envelope field. */
function describedPaths(): Map<string, MetricOutput["type"]> {
  const paths = new Map<string, MetricOutput["type"]>();
  for (const f of RESULT_FIELDS) paths.set(f.key, f.type);
  for (const m of ANALYSE_METRICS) {
    const p = m.placement;
    const prefix =
      p.section === "nodes"
        ? "nodes.*"
        : p.section === "groups"
          ? `groups.${m.id}`
          : p.under
            ? `summary.${p.under}`
            : "summary";
    for (const o of m.outputs) paths.set(`${prefix}.${o.key}`, o.type);
  }
  return paths;
}

/** The keys of `json` that nothing describes. */
function undescribed(json: unknown, paths: Map<string, MetricOutput["type"]>): string[] {
  const bad: string[] = [];
  const all = [...paths.keys()];
  const walk = (value: unknown, path: string) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return;
    for (const [key, child] of Object.entries(value)) {
      const here = path === "nodes" ? "nodes.*" : path === "" ? key : `${path}.${key}`;
      const type = paths.get(here);
      if (type === "object") continue;
      if (type !== undefined || all.some((p) => p.startsWith(`${here}.`))) walk(child, here);
      else bad.push(here);
    }
  };
  walk(json, "");
  return bad;
}

const io = captureOutput();

async function analyseJson(args: string[]): Promise<unknown> {
  expect(await run(["analyse", ...args, "--json", "--quiet"])).toBe(0);
  return JSON.parse(io.out());
}

describe("every key of analyse --json has a descriptor", () => {
  const paths = describedPaths();

  it("data/examples/westhoek", async () => {
    const json = await analyseJson([WESTHOEK]);
    expect(undescribed(json, paths)).toEqual([]);
  });

  it("a directed network (gf-tiny, grouped)", async () => {
    expect(undescribed(await analyseJson([...lists("gf-tiny"), "--group-by", "group"]), paths)).toEqual([]);
  });

  it("a sampled run (karate --sample 5)", async () => {
    const sampled = await analyseJson([...lists("karate"), "--sample", "5"]);
    expect(Object.keys((sampled as { meta: object }).meta)).toContain("sampling");
    expect(undescribed(sampled, paths)).toEqual([]);
  });

  it("the walk finds a key nothing describes", () => {
    const json = { meta: { seed: 1, made_up: 2 }, summary: { density: 0.5, mystery: { a: 1 } } };
    expect(undescribed(json, paths)).toEqual(["meta.made_up", "summary.mystery"]);
  });
});
