import { describe, expect, it } from "vitest";
import { checkBarrier, findLearningRoutes } from "../../src/paths-learning/index.ts";
import { baseNetwork, OFFERINGS, offering } from "./fixture.ts";

const learner = { theme: "nature_environment", age: 16, municipality: "Ieper", to: "formal" as const };
const blockedIds = (r: ReturnType<typeof findLearningRoutes>) =>
  r.routes.map((x) => x.steps.filter((s) => s.blocked).map((s) => s.offering_id));

describe("barrier checks on each step", () => {
  it("financial: a paid step without reduced tariff blocks; free or reduced tariff does not", () => {
    const r = findLearningRoutes(baseNetwork(), { ...learner, barriers: ["financial"] });
    // JNM (€5, reduced tariff) -> VIVES (free): clear; Natuurpunt (free) -> CVO (€45, no reduced tariff): blocked.
    expect(r.routes.map((x) => x.steps[0].offering_id)).toEqual(["o-jnm", "o-np"]);
    expect(blockedIds(r)).toEqual([[], ["o-cvo"]]);
    const check = r.routes[1].steps[1].checks[0];
    expect(check).toMatchObject({
      barrier_type: "financial",
      status: "blocked",
      reason: "no_reduced_tariff",
    });
    // b1 (youth, region, OCMW + library) counts; b2 (seniors) and b3 (Veurne only) do not; b4 has no partner.
    expect(check.partners).toEqual(["bib", "ocmw"]);
    expect(r.routes[0].steps[0].checks[0]).toMatchObject({
      status: "ok",
      reason: "reduced_tariff",
      partners: [],
    });
  });

  it("mobility: outside the own and neighbouring municipalities without transport blocks", () => {
    const r = findLearningRoutes(baseNetwork(), { ...learner, barriers: ["mobility"] });
    // VIVES is in Veurne (not next to Ieper, no transport): that route drops to second place.
    expect(r.routes.map((x) => x.steps[0].offering_id)).toEqual(["o-np", "o-jnm"]);
    expect(blockedIds(r)).toEqual([[], ["o-vives"]]);
    const jnm = r.routes[1].steps[0];
    expect(jnm.checks[0]).toMatchObject({ status: "ok", reason: "neighbouring_municipality" });
    expect(r.routes[1].steps[1].checks[0].reason).toBe("too_far_no_transport");
    // Public transport lifts it.
    const bus = { ...OFFERINGS.vives, accessibility: ["public_transport"] };
    const r2 = findLearningRoutes(
      baseNetwork({ offerings: [OFFERINGS.np, OFFERINGS.cvo, OFFERINGS.jnm, bus] }),
      {
        ...learner,
        barriers: ["mobility"],
      },
    );
    expect(blockedIds(r2)).toEqual([[], []]);
  });

  it("physical accessibility: no wheelchair access blocks", () => {
    const r = findLearningRoutes(baseNetwork(), { ...learner, barriers: ["physical_accessibility"] });
    // Only the CVO course lists wheelchair access: Natuurpunt -> CVO has 1 blocked step, JNM -> VIVES 2.
    expect(blockedIds(r)).toEqual([["o-np"], ["o-jnm", "o-vives"]]);
  });

  it("language: only easy Dutch or several languages pass", () => {
    const r = findLearningRoutes(baseNetwork(), { ...learner, barriers: ["language"] });
    expect(blockedIds(r)).toEqual([["o-np"], ["o-jnm", "o-vives"]]);
    expect(r.routes[0].steps[1].checks[0]).toMatchObject({ status: "ok", reason: "easy_language" });
  });

  it("digital: an online-only offer blocks; other barrier types are reported, not blocking", () => {
    const o = offering({ offering_id: "x", org_id: "np", format: "online", cost_eur: 10 });
    expect(checkBarrier("digital", o, "own", undefined).status).toBe("blocked");
    expect(checkBarrier("digital", { ...o, format: "course" }, "own", undefined).status).toBe("ok");
    expect(checkBarrier("social", o, "own", "youth").status).toBe("not_lowered");
    expect(checkBarrier("financial", { ...o, cost_eur: undefined }, "own", undefined).status).toBe("unknown");
    expect(checkBarrier("mobility", o, "unknown", undefined).status).toBe("unknown");
  });
});

describe("where the chain breaks", () => {
  it("no onward step and no tie to the formal provider: names the start, the destination and a broker", () => {
    // Natuurpunt's club names no next step; the library is tied to both Natuurpunt and CVO by
    // information sharing, which is no onward-step tie.
    const np = { ...OFFERINGS.np, next_step_ids: [] };
    const net = baseNetwork({
      offerings: [np, OFFERINGS.cvo],
      ties: [
        ["bib", "np", "information_sharing", false],
        ["bib", "cvo", "information_sharing", false],
      ],
    });
    const r = findLearningRoutes(net, learner);
    expect(r.routes).toEqual([]);
    expect(r.breaks.map((b) => b.kind)).toEqual(["no_onward_step", "no_destination"]);
    expect(r.breaks[0].offerings).toEqual(["o-np"]);
    expect(r.breaks[0].sentence.en).toContain("There is a nature and environment start in or near Ieper");
    const dest = r.breaks[1];
    expect(dest.offerings).toEqual(["o-cvo"]);
    expect(dest.menders).toEqual(["cvo", "bib", "np"]);
    expect(dest.sentence.en).toContain(
      "whose provider has no tie to any nature and environment start provider",
    );
    expect(dest.sentence.en).toContain("Bibliotheek Ieper is tied to both sides");
    expect(dest.sentence.nl).toContain("Bibliotheek Ieper is met beide kanten verbonden");
  });

  it("a tie of another kind is named as such", () => {
    const np = { ...OFFERINGS.np, next_step_ids: [] };
    const net = baseNetwork({
      offerings: [np, OFFERINGS.cvo],
      ties: [["np", "cvo", "information_sharing", false]],
    });
    const r = findLearningRoutes(net, learner);
    expect(r.breaks[1].sentence.en).toContain(
      "its provider is tied to Natuurpunt Ieper, but not through a referral",
    );
  });

  it("an onward step that names nothing is reported", () => {
    const np = { ...OFFERINGS.np, next_step_ids: ["LK-404"] };
    const r = findLearningRoutes(baseNetwork({ offerings: [np, OFFERINGS.cvo], ties: [] }), learner);
    const unknown = r.breaks.find((b) => b.kind === "unknown_next_step")!;
    expect(unknown.offerings).toEqual(["o-np"]);
    expect(unknown.sentence.en).toContain("names onward step 'LK-404'");
  });

  it("no start for the passion, and no start nearby", () => {
    const none = findLearningRoutes(baseNetwork(), { ...learner, theme: "heritage" });
    expect(none.breaks.map((b) => b.kind)).toEqual(["no_start"]);
    // From Veurne neither start is in or next to the town: the nearest (Ieper, ~29 km) is named.
    const far = findLearningRoutes(baseNetwork(), { ...learner, municipality: "Veurne" });
    expect(far.breaks[0].kind).toBe("no_start_nearby");
    expect(far.breaks[0].offerings[0]).toBe("o-np");
    expect(far.routes.length).toBe(2);
  });

  it("every route blocked: names the blocking step and the partners on that barrier", () => {
    const r = findLearningRoutes(baseNetwork({ offerings: [OFFERINGS.np, OFFERINGS.cvo] }), {
      ...learner,
      barriers: ["financial"],
    });
    expect(r.routes).toHaveLength(1);
    const b = r.breaks.find((x) => x.kind === "all_blocked")!;
    expect(b.offerings).toEqual(["o-cvo"]);
    expect(b.menders).toEqual(["cvo", "bib", "ocmw"]);
    expect(b.sentence.en).toContain("costs €45, no reduced tariff");
  });
});
