/**
 * Learning routes respect the learner: over the example data (both Westhoek rounds), for a spread
 * of ages and every theme, and over the example routes of the report, no step is an offer whose
 * ages exclude the learner (docs/learning-paths.md): inside one of its age bands, or for `later`
 * when the learner is younger than all of them; never older. The oracle below is written from the
 * documented rule, not from the implementation.
 */
import { findLearningRoutes, type RouteStep } from "@ecolens/analysis";
import { type EcoNetwork, type Offering, type Organisation, VOCABULARIES } from "@ecolens/core";
import { learningPathsModel } from "@ecolens/report";
import { beforeAll, describe, expect, it } from "vitest";
import { loadNetwork } from "../src/shared/input.ts";
import { runCaptured } from "./helpers/capture.ts";

const BANDS: Record<string, [number, number]> = {
  children: [0, 11],
  youth: [12, 25],
  adults: [18, 200],
  seniors: [55, 200],
};

interface Ages {
  age_min?: number;
  age_max?: number;
  target_groups?: string[];
}

/** The documented rule: own ages; else age-band groups; everyone / families = every age; else the provider's. */
function agesOf(o: Ages, provider?: Ages): Array<[number, number]> | null {
  if (o.age_min !== undefined || o.age_max !== undefined) return [[o.age_min ?? 0, o.age_max ?? 200]];
  const groups = o.target_groups ?? [];
  if (groups.includes("general_public")) return null;
  const bands = groups.filter((g) => g in BANDS).map((g) => BANDS[g]);
  if (bands.length > 0) return bands;
  if (groups.includes("families")) return null;
  return provider ? agesOf(provider) : null;
}

function violations(network: EcoNetwork, age: number, steps: RouteStep[]): string[] {
  const offers = new Map<string, Offering>(network.offerings.map((o) => [o.offering_id, o]));
  const orgs = new Map<string, Organisation>(network.organisations.map((o) => [o.org_id, o]));
  const bad: string[] = [];
  steps.forEach((s, i) => {
    const o = offers.get(s.offering_id)!;
    const bands = agesOf(o, orgs.get(o.org_id));
    if (!bands) return;
    const inside = bands.some(([lo, hi]) => age >= lo && age <= hi);
    const younger = bands.every(([lo]) => age < lo);
    if (inside && s.audience === "fits") return;
    if (younger && s.audience === "later" && i > 0) return;
    bad.push(
      `${age}: ${s.offering_id} [${o.target_groups.join("|")} ${o.age_min ?? ""}-${o.age_max ?? ""}] ${s.audience}`,
    );
  });
  return bad;
}

const AGES = [5, 9, 14, 16, 19, 30, 45, 70];
const THEMES = VOCABULARIES.theme.entries.map((e) => e.code);

describe.each(["data/examples/westhoek", "data/examples/westhoek-2025"])("routes on %s", (dir) => {
  let network: EcoNetwork;
  beforeAll(async () => {
    network = await loadNetwork(dir, {}, "en");
  });

  it("no step of any route is for ages that exclude the learner (every theme, ages 5 to 70)", () => {
    let steps = 0;
    const bad: string[] = [];
    for (const age of AGES)
      for (const theme of THEMES)
        for (const to of ["formal", undefined] as const) {
          const r = findLearningRoutes(network, { theme, age, to }, { top: 5 });
          for (const route of r.routes) {
            steps += route.steps.length;
            bad.push(...violations(network, age, route.steps));
          }
        }
    // The rule is tested on real routes, not on an empty result.
    expect(steps).toBeGreaterThan(500);
    expect(bad).toEqual([]);
  });

  it("a 16-year-old never gets an offer for children (and families) only, a 70-year-old never one for young people", () => {
    const childOnly = new Set(
      network.offerings
        .filter(
          (o) =>
            (o.age_max ?? 11) < 16 &&
            o.target_groups.includes("children") &&
            !o.target_groups.includes("youth") &&
            !o.target_groups.includes("general_public"),
        )
        .map((o) => o.offering_id),
    );
    const youthOnly = new Set(
      network.offerings
        .filter(
          (o) =>
            o.age_min === undefined &&
            o.target_groups.length > 0 &&
            o.target_groups.every((g) => g === "youth" || g === "neet_youth"),
        )
        .map((o) => o.offering_id),
    );
    expect(childOnly.size).toBeGreaterThan(0);
    expect(youthOnly.size).toBeGreaterThan(0);
    for (const theme of THEMES) {
      for (const s of findLearningRoutes(network, { theme, age: 16 }, { top: 20 }).routes.flatMap(
        (r) => r.steps,
      ))
        expect(childOnly.has(s.offering_id), `${theme}: ${s.offering_id}`).toBe(false);
      for (const s of findLearningRoutes(network, { theme, age: 70 }, { top: 20 }).routes.flatMap(
        (r) => r.steps,
      ))
        expect(youthOnly.has(s.offering_id), `${theme}: ${s.offering_id}`).toBe(false);
    }
  });

  it("the report's example routes follow the same rule for their learners", () => {
    const model = learningPathsModel(network);
    expect(model?.examples.length ?? 0).toBeGreaterThan(0);
    for (const ex of model!.examples) {
      const r = findLearningRoutes(network, { ...ex.learner, to: "formal" }, { top: 2 });
      expect(r.routes.map((x) => x.steps.map((s) => s.offering_id))).toEqual(
        ex.routes.map((x) => x.steps.map((s) => s.offering_id)),
      );
      if (ex.learner.age !== undefined)
        for (const route of r.routes) expect(violations(network, ex.learner.age, route.steps)).toEqual([]);
    }
  });
});

describe("ecolens paths applies the rule", () => {
  it("a 16-year-old who loves nature gets routes, none through an offer for children", async () => {
    const network = await loadNetwork("data/examples/westhoek", {}, "en");
    const r = await runCaptured([
      "paths",
      "data/examples/westhoek",
      "--theme",
      "natuur",
      "--age",
      "16",
      "--json",
      "--top",
      "20",
    ]);
    expect(r.code, r.err).toBe(0);
    const routes = JSON.parse(r.out).routes as Array<{ steps: RouteStep[] }>;
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) expect(violations(network, 16, route.steps)).toEqual([]);
    // The README's learner (Ieper, cannot pay, towards formal learning): whatever is found obeys it too.
    const readme = await runCaptured([
      "paths",
      "data/examples/westhoek",
      ...["--theme", "natuur", "--age", "16", "--municipality", "Ieper", "--barrier", "financieel"],
      ...["--to", "formal", "--json"],
    ]);
    expect(readme.code, readme.err).toBe(0);
    for (const route of JSON.parse(readme.out).routes)
      expect(violations(network, 16, route.steps)).toEqual([]);
  });
});
