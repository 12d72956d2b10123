import { describe, expect, it } from "vitest";
import {
  diffNetworks,
  matchOrganisations,
  nameSimilarity,
  normaliseOrgName,
  parseMatchDecisions,
} from "../../src/index.ts";
import { HASSELT_NEW, IEPER, KORTESSEM_OLD, POPERINGE, round, VEURNE } from "./fixture.ts";

describe("normaliseOrgName", () => {
  it("drops case, accents, punctuation and legal-form words", () => {
    expect(normaliseOrgName("Chiro Sint-Jan v.z.w.")).toBe("chiro sint jan");
    expect(normaliseOrgName("'t Kompas VZW")).toBe("t kompas");
    expect(normaliseOrgName("École  Été (asbl)")).toBe("ecole ete");
    expect(normaliseOrgName("O.C.M.W. Ieper")).toBe("ocmw ieper");
    expect(normaliseOrgName("vzw")).toBe("");
  });
});

describe("nameSimilarity (Dice on bigrams)", () => {
  it("matches hand-counted bigrams", () => {
    // night {ni,ig,gh,ht} vs nacht {na,ac,ch,ht}: 2·1/(4+4)
    expect(nameSimilarity("night", "nacht")).toBeCloseTo(0.25, 12);
    // 8+4 bigrams each, 6+4 shared: 2·10/24
    expect(nameSimilarity("sportclub ieper", "sportklub ieper")).toBeCloseTo(20 / 24, 12);
    expect(nameSimilarity("okra ieper", "ieper okra")).toBe(1);
    expect(nameSimilarity("", "")).toBe(0);
    expect(nameSimilarity("abc", "xyz")).toBe(0);
  });
});

describe("matchOrganisations", () => {
  it("matches a renamed organisation by id and reports the new name", () => {
    const a = round({ orgs: [{ org_id: "chiro", name: "Chiro Handzame", nis_code: IEPER }] });
    const b = round({ orgs: [{ org_id: "chiro", name: "Chirojeugd Handzame", nis_code: IEPER }] });
    const d = diffNetworks(a, b);
    expect(d.matching.matched).toEqual([
      {
        old_id: "chiro",
        new_id: "chiro",
        method: "id",
        old_name: "Chiro Handzame",
        new_name: "Chirojeugd Handzame",
      },
    ]);
    expect(d.organisations.changed[0].changes).toEqual([
      { field: "name", old: "Chiro Handzame", new: "Chirojeugd Handzame" },
    ]);
    expect(d.organisations.added).toEqual([]);
    expect(d.organisations.removed).toEqual([]);
  });

  it("re-identifies an organisation whose id changed by its KBO number (written differently)", () => {
    const a = round({
      orgs: [{ org_id: "volley-koksijde", name: "Volley Koksijde", kbo_number: "0474546071" }],
    });
    const b = round({ orgs: [{ org_id: "kbo-0474546071", name: "VC Koksijde", kbo_number: "474.546.071" }] });
    const m = matchOrganisations(a, b);
    expect(m.matched.map((x) => [x.old_id, x.new_id, x.method])).toEqual([
      ["volley-koksijde", "kbo-0474546071", "kbo"],
    ]);
    expect(m.added).toEqual([]);
    expect(m.removed).toEqual([]);
  });

  it("matches by name across a merged municipality (Kortessem 73040 -> Hasselt 71072), not as a move", () => {
    const a = round({ orgs: [{ org_id: "k1", name: "Chiro Kortessem vzw", nis_code: KORTESSEM_OLD }] });
    const b = round({ orgs: [{ org_id: "h9", name: "Chiro Kortessem", nis_code: HASSELT_NEW }] });
    const d = diffNetworks(a, b);
    expect(d.matching.matched.map((x) => [x.old_id, x.new_id, x.method])).toEqual([["k1", "h9", "name"]]);
    // Only the name changed (the legal suffix); the municipality is the same after the merger.
    expect(d.organisations.changed[0].changes.map((c) => c.field)).toEqual(["name"]);
  });

  it("also resolves a merged municipality given by name only", () => {
    const a = round({ orgs: [{ org_id: "k1", name: "KSA Kortessem", municipality: "Kortessem" }] });
    const b = round({ orgs: [{ org_id: "k2", name: "KSA Kortessem", municipality: "Hasselt" }] });
    expect(matchOrganisations(a, b).matched.map((x) => x.method)).toEqual(["name"]);
  });

  it("lists the same name with a different KBO as uncertain, keeping both apart", () => {
    const a = round({
      orgs: [
        { org_id: "kompas", name: "'t Kompas Poperinge", nis_code: POPERINGE, kbo_number: "0814960346" },
      ],
    });
    const b = round({
      orgs: [
        { org_id: "kompas-2", name: "'t Kompas Poperinge", nis_code: POPERINGE, kbo_number: "0812110724" },
      ],
    });
    const m = matchOrganisations(a, b);
    expect(m.matched).toEqual([]);
    expect(m.removed).toEqual(["kompas"]);
    expect(m.added).toEqual(["kompas-2"]);
    expect(m.uncertain.map((u) => [u.old_id, u.new_id, u.reason])).toEqual([
      ["kompas", "kompas-2", "same_name_kbo_differs"],
    ]);
  });

  it("lists the same name in a neighbouring municipality, and a confirmation file settles it", () => {
    const a = round({ orgs: [{ org_id: "okra-1", name: "Okra", nis_code: IEPER }] });
    const b = round({ orgs: [{ org_id: "okra-2", name: "OKRA", nis_code: POPERINGE }] });
    const first = matchOrganisations(a, b);
    expect(first.matched).toEqual([]);
    expect(first.uncertain.map((u) => [u.reason, u.similarity])).toEqual([
      ["same_name_neighbouring_municipality", 1],
    ]);
    expect(first.uncertain[0].message.nl).toContain("Okra");

    const same = parseMatchDecisions("old_id;new_id;decision\nokra-1;okra-2;same\n");
    const confirmed = matchOrganisations(a, b, { decisions: same.decisions });
    expect(confirmed.matched.map((x) => [x.old_id, x.new_id, x.method])).toEqual([
      ["okra-1", "okra-2", "confirmed"],
    ]);
    expect(confirmed.uncertain).toEqual([]);
    expect(confirmed.decisions.applied).toEqual(same.decisions);

    const different = parseMatchDecisions("oud_id,nieuw_id,beslissing\nokra-1,okra-2,verschillend\n");
    const rejected = matchOrganisations(a, b, { decisions: different.decisions });
    expect(rejected.matched).toEqual([]);
    expect(rejected.uncertain).toEqual([]);
    expect(rejected.removed).toEqual(["okra-1"]);
  });

  it("says 'another municipality' when the places are not adjacent (Ieper - Veurne)", () => {
    const a = round({ orgs: [{ org_id: "x", name: "Femma", nis_code: IEPER }] });
    const b = round({ orgs: [{ org_id: "y", name: "Femma", nis_code: VEURNE }] });
    expect(matchOrganisations(a, b).uncertain.map((u) => u.reason)).toEqual(["same_name_other_municipality"]);
  });

  it("lists a similar name in the same municipality above the threshold only", () => {
    const a = round({ orgs: [{ org_id: "s1", name: "Sportclub Ieper", nis_code: IEPER }] });
    const b = round({ orgs: [{ org_id: "s2", name: "Sportklub Ieper", nis_code: IEPER }] });
    const listed = matchOrganisations(a, b);
    expect(listed.uncertain.map((u) => [u.reason, u.similarity])).toEqual([["similar_name", 0.833]]);
    expect(matchOrganisations(a, b, { similarityThreshold: 0.9 }).uncertain).toEqual([]);
  });

  it("a shared KBO (a city's services) matches only where the name agrees too", () => {
    const kbo = "0207451227";
    const a = round({
      orgs: [
        { org_id: "jeugddienst", name: "Jeugddienst Ieper", kbo_number: kbo },
        { org_id: "sportdienst", name: "Sportdienst Ieper", kbo_number: kbo },
      ],
    });
    const b = round({
      orgs: [
        { org_id: "stad-jeugd", name: "Jeugddienst Ieper", kbo_number: kbo },
        { org_id: "stad-cultuur", name: "Cultuurdienst Ieper", kbo_number: kbo },
      ],
    });
    const m = matchOrganisations(a, b);
    expect(m.matched.map((x) => [x.old_id, x.new_id, x.method])).toEqual([
      ["jeugddienst", "stad-jeugd", "kbo"],
    ]);
    expect(m.uncertain.map((u) => [u.old_id, u.new_id, u.reason])).toEqual([
      ["sportdienst", "stad-cultuur", "shared_kbo"],
    ]);
  });

  it("reports decisions naming unknown ids instead of ignoring them silently", () => {
    const a = round({ orgs: [{ org_id: "a" }] });
    const b = round({ orgs: [{ org_id: "a" }] });
    const m = matchOrganisations(a, b, { decisions: [{ old_id: "ghost", new_id: "a", decision: "same" }] });
    expect(m.decisions.unused).toHaveLength(1);
    expect(m.decisions.unused[0].message.en).toContain("'ghost' is not in the old round");
    expect(m.matched.map((x) => x.method)).toEqual(["id"]);
  });

  it("a 'different' decision overrides even an equal id", () => {
    const a = round({ orgs: [{ org_id: "club", name: "Club A" }] });
    const b = round({ orgs: [{ org_id: "club", name: "Club B" }] });
    const m = matchOrganisations(a, b, {
      decisions: [{ old_id: "club", new_id: "club", decision: "different" }],
    });
    expect(m.matched).toEqual([]);
    expect(m.removed).toEqual(["club"]);
    expect(m.added).toEqual(["club"]);
  });

  it("handles empty rounds and ids like __proto__", () => {
    const empty = round({ orgs: [] });
    expect(matchOrganisations(empty, empty)).toMatchObject({
      matched: [],
      uncertain: [],
      added: [],
      removed: [],
    });
    const a = round({ orgs: [{ org_id: "__proto__", name: "Proto" }, { org_id: "constructor" }] });
    const b = round({ orgs: [{ org_id: "__proto__", name: "Proto" }] });
    const m = matchOrganisations(a, b);
    expect(m.matched.map((x) => x.new_id)).toEqual(["__proto__"]);
    expect(m.removed).toEqual(["constructor"]);
  });
});

describe("parseMatchDecisions", () => {
  it("reads Dutch words, skips undecided rows and reports bad ones", () => {
    const text = "\uFEFFold_id;new_id;decision;old_name\na;b;ja;A\nc;d;;C\ne;f;misschien;E\n;g;same;\n";
    const p = parseMatchDecisions(text);
    expect(p.decisions).toEqual([{ old_id: "a", new_id: "b", decision: "same" }]);
    expect(p.problems.map((x) => x.row)).toEqual([4, 5]);
    expect(p.problems[0].message.en).toContain("misschien");
  });
  it("undoes the formula guard of ecolens' own CSV writer", () => {
    const p = parseMatchDecisions("old_id;new_id;decision\n'=a;'-b;same\n");
    expect(p.decisions).toEqual([{ old_id: "=a", new_id: "-b", decision: "same" }]);
  });
  it("asks for the three columns", () => {
    const p = parseMatchDecisions("van;naar\na;b\n");
    expect(p.decisions).toEqual([]);
    expect(p.problems[0].message.nl).toContain("old_id");
  });
});
