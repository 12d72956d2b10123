import { createRng, shuffleInPlace } from "@ecolens/core";
import { describe, expect, it } from "vitest";
import { findLearningRoutes } from "../../src/paths-learning/index.ts";
import { baseNetwork, makeNetwork, OFFERINGS, ORGS, offering } from "./fixture.ts";

const ids = (r: ReturnType<typeof findLearningRoutes>) =>
  r.routes.map((x) => x.steps.map((s) => s.offering_id));

describe("findLearningRoutes: routes on a hand-made ecosystem", () => {
  const learner = { theme: "nature_environment", age: 16, municipality: "Ieper", to: "formal" as const };

  it("finds both chains: the inventory's next step and a referral between providers", () => {
    const r = findLearningRoutes(baseNetwork(), learner);
    // Both start in or next to Ieper; no barriers, both formal: the diploma outranks the partial certificate.
    expect(ids(r)).toEqual([
      ["o-jnm", "o-vives"],
      ["o-np", "o-cvo"],
    ]);
    expect(r.starts).toBe(2);
    expect(r.routes[0].steps[1].link).toMatchObject({
      kind: "relation",
      relation_type: "referral",
      from_org: "jnm",
      to_org: "vives",
    });
    expect(r.routes[1].steps[1].link.kind).toBe("next_step");
    expect(r.routes.every((x) => x.reaches_formal)).toBe(true);
    expect(r.routes[0].recognition).toBe("diploma");
    expect(r.breaks).toEqual([]);
  });

  it("marks a step for later when the learner is younger than its age band (adults: 18+)", () => {
    const r = findLearningRoutes(baseNetwork(), learner);
    const cvo = r.routes[1].steps[1];
    expect(cvo.audience).toBe("later");
    expect(r.routes[1].steps[0].audience).toBe("fits");
    // A 30-year-old does not fit the youth club (12-18) at all: no start, so no route.
    expect(findLearningRoutes(baseNetwork(), { ...learner, age: 30 }).routes).toEqual([]);
  });

  it("follows a directed referral only forward", () => {
    const r = findLearningRoutes(baseNetwork({ ties: [["vives", "jnm", "referral", true]] }), learner);
    expect(ids(r)).toEqual([["o-np", "o-cvo"]]);
  });

  it("an undirected joint activity works both ways, a relation step must keep the theme", () => {
    const sport = offering({
      offering_id: "o-vives-sport",
      org_id: "vives",
      learning_context: "formal",
      themes: ["sport"],
      target_groups: ["youth"],
      nis_code: "38025",
      recognition: "diploma",
    });
    const net = baseNetwork({
      ties: [["vives", "jnm", "joint_activity", false]],
      offerings: [...Object.values(OFFERINGS), sport],
    });
    const r = findLearningRoutes(net, learner);
    expect(ids(r)).toEqual([
      ["o-jnm", "o-vives"],
      ["o-np", "o-cvo"],
    ]);
    expect(r.routes[0].steps[1].link.relation_type).toBe("joint_activity");
  });

  it("a next step naming an organisation leads to its offers on a shared theme", () => {
    const np = { ...OFFERINGS.np, next_step_ids: ["cvo"] };
    const r = findLearningRoutes(baseNetwork({ offerings: [np, OFFERINGS.cvo], ties: [] }), learner);
    expect(ids(r)).toEqual([["o-np", "o-cvo"]]);
    expect(r.routes[0].steps[1].link).toMatchObject({ kind: "next_step_org", to_org: "cvo" });
  });

  it("accepts Dutch labels for theme and barriers", () => {
    const r = findLearningRoutes(baseNetwork(), {
      ...learner,
      theme: "natuur",
      barriers: ["financieel", "vervoer"],
    });
    expect(r.learner.theme).toBe("nature_environment");
    expect(r.learner.barriers).toEqual(["financial", "mobility"]);
    expect(r.learner.nis_code).toBe("33011");
  });

  it("without a destination, starts without onward step are dropped when real routes exist", () => {
    const lone = offering({
      offering_id: "o-lone",
      org_id: "bib", // tied to Natuurpunt only by information sharing: no onward step
      learning_context: "informal",
      themes: ["nature_environment"],
      nis_code: "33011",
      cost_eur: 0,
    });
    const r = findLearningRoutes(baseNetwork({ offerings: [...Object.values(OFFERINGS), lone] }), {
      theme: "nature_environment",
      age: 16,
      municipality: "Ieper",
    });
    expect(ids(r)).toEqual([
      ["o-jnm", "o-vives"],
      ["o-np", "o-cvo"],
    ]);
  });

  it("an informal offer leads to the same provider's non-formal offer on the theme", () => {
    const first = offering({
      offering_id: "o-np-walk",
      org_id: "np",
      learning_context: "informal",
      themes: ["nature_environment"],
      nis_code: "33011",
      cost_eur: 0,
    });
    const r = findLearningRoutes(baseNetwork({ offerings: [...Object.values(OFFERINGS), first] }), learner);
    expect(ids(r)).toContainEqual(["o-np-walk", "o-np", "o-cvo"]);
    const step = r.routes.find((x) => x.steps[0].offering_id === "o-np-walk")!.steps[1];
    expect(step.link.kind).toBe("same_provider");
    // Three steps rank after the two-step routes with the same barriers.
    expect(r.routes.at(-1)!.steps).toHaveLength(3);
  });

  it("top and maxSteps bound the answer", () => {
    expect(findLearningRoutes(baseNetwork(), learner, { top: 1 }).routes).toHaveLength(1);
    // With one step allowed no formal destination can be reached.
    const r = findLearningRoutes(baseNetwork(), learner, { maxSteps: 1 });
    expect(r.routes).toEqual([]);
    expect(r.breaks.map((b) => b.kind)).toContain("no_destination");
  });

  it("tells each route as a story in nl and en, naming providers, price and place", () => {
    const r = findLearningRoutes(baseNetwork(), { ...learner, barriers: ["financial"] });
    const story = r.routes.find((x) => x.steps[0].offering_id === "o-np")!.story;
    expect(story.en).toContain("Start at Natuurpunt Ieper with 'Jeugdnatuurclub' (free, in Ieper)");
    expect(story.en).toContain("'Natuurgids' at CVO MIRAS (€45, in Ieper, partial certificate");
    expect(story.en).toContain("your financial barrier: costs €45, no reduced tariff");
    expect(story.en).toContain("Bibliotheek Ieper and OCMW Ieper work on financial barriers");
    expect(story.nl).toContain("Start bij Natuurpunt Ieper met 'Jeugdnatuurclub' (gratis, in Ieper)");
    expect(story.nl).toContain("kost €45 en heeft geen kansentarief");
  });

  it("is deterministic, whatever the order of the inventory rows", () => {
    const a = findLearningRoutes(baseNetwork(), { ...learner, barriers: ["financial", "mobility"] });
    const rows = Object.values(OFFERINGS);
    shuffleInPlace(rows, createRng(7));
    const b = findLearningRoutes(baseNetwork({ offerings: rows }), {
      ...learner,
      barriers: ["mobility", "financial"],
    });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it("handles an empty network and one organisation without offers", () => {
    const empty = findLearningRoutes(makeNetwork({ orgs: [] }), learner);
    expect(empty.routes).toEqual([]);
    expect(empty.breaks.map((b) => b.kind)).toEqual(["no_start"]);
    const one = findLearningRoutes(makeNetwork({ orgs: [ORGS[0]] }), learner);
    expect(one.breaks[0].kind).toBe("no_start");
  });
});
