import { describe, expect, it } from "vitest";
import { diffNetworks } from "../../src/index.ts";
import { IEPER, POPERINGE, round } from "./fixture.ts";

describe("diffNetworks: organisations", () => {
  it("reports type, municipality, themes and target groups changes, and added/removed", () => {
    const a = round({
      orgs: [
        {
          org_id: "club",
          name: "Club",
          org_type: "sports_club",
          nis_code: IEPER,
          themes: ["sport"],
          target_groups: ["youth", "children"],
        },
        { org_id: "gone", name: "Gone", org_type: "library" },
      ],
    });
    const b = round({
      orgs: [
        {
          org_id: "club",
          name: "Club",
          org_type: "youth_work_other",
          nis_code: POPERINGE,
          themes: ["sport", "youth_play"],
          target_groups: ["youth"],
        },
        { org_id: "fresh", name: "Fresh", org_type: "school_primary", nis_code: IEPER },
      ],
    });
    const d = diffNetworks(a, b);
    expect(d.organisations.added).toEqual([
      {
        id: "fresh",
        name: "Fresh",
        org_type: "school_primary",
        sector: "formal_education",
        side: "formal",
        municipality: "Ieper",
      },
    ]);
    expect(d.organisations.removed.map((o) => o.id)).toEqual(["gone"]);
    expect(d.organisations.changed).toEqual([
      {
        old_id: "club",
        new_id: "club",
        name: "Club",
        method: "id",
        changes: [
          { field: "org_type", old: "sports_club", new: "youth_work_other" },
          { field: "municipality", old: "Ieper", new: "Poperinge" },
          {
            field: "themes",
            old: ["sport"],
            new: ["sport", "youth_play"],
            added: ["youth_play"],
            removed: [],
          },
          {
            field: "target_groups",
            old: ["children", "youth"],
            new: ["youth"],
            added: [],
            removed: ["children"],
          },
        ],
      },
    ]);
    expect(d.counts.organisations).toEqual({ old: 2, new: 2, added: 1, removed: 1, changed: 1, matched: 1 });
  });
});

describe("diffNetworks: relations", () => {
  const orgs = [
    { org_id: "school", org_type: "school_primary" },
    { org_id: "club", org_type: "sports_club" },
    { org_id: "bib", org_type: "library" },
    { org_id: "cvo", org_type: "adult_education_centre" },
  ];

  it("compares undirected types as unordered pairs and directed types in order", () => {
    const a = round({
      orgs,
      ties: [
        ["school", "club", "joint_activity"],
        ["club", "bib", "referral"],
      ],
    });
    const b = round({
      orgs,
      ties: [
        ["club", "school", "joint_activity"], // same undirected tie, ends swapped
        ["bib", "club", "referral"], // reversed referral: a different relation
      ],
    });
    const d = diffNetworks(a, b);
    expect(d.relations.added.map((r) => [r.source_id, r.target_id, r.relation_type])).toEqual([
      ["bib", "club", "referral"],
    ]);
    expect(d.relations.removed.map((r) => [r.source_id, r.target_id, r.relation_type])).toEqual([
      ["club", "bib", "referral"],
    ]);
    // The pair keeps a tie both times (the referral only turned around).
    expect(d.relations.added[0].whole_pair).toBe(false);
    expect(d.relations.removed[0].whole_pair).toBe(false);
  });

  it("reports level and frequency changes and flags ties across the formal line", () => {
    const a = round({ orgs, ties: [["school", "club", "joint_activity", 2, 1]] });
    const b = round({
      orgs,
      ties: [
        ["school", "club", "joint_activity", 3, 1],
        ["cvo", "bib", "information_sharing"],
        ["school", "cvo", "information_sharing"],
      ],
    });
    const d = diffNetworks(a, b);
    expect(d.relations.changed).toEqual([
      {
        source_id: "school",
        target_id: "club",
        source_name: "school",
        target_name: "club",
        relation_type: "joint_activity",
        old_source_id: "school",
        old_target_id: "club",
        level: { old: 2, new: 3 },
        frequency: { old: 1, new: 1 },
        cross_line: true,
      },
    ]);
    expect(d.relations.added.map((r) => [r.source_id, r.target_id, r.cross_line, r.whole_pair])).toEqual([
      ["cvo", "bib", true, true],
      ["school", "cvo", false, true],
    ]);
    expect(d.counts.relations).toMatchObject({
      added: 2,
      removed: 0,
      changed: 1,
      stronger: 1,
      added_cross_line: 1,
    });
  });

  it("follows a re-identified organisation: its ties are not reported as ended and new", () => {
    const a = round({
      orgs: [
        { org_id: "school", org_type: "school_primary" },
        { org_id: "old-club", name: "Volley Koksijde", org_type: "sports_club", kbo_number: "0474546071" },
      ],
      ties: [["school", "old-club", "joint_activity"]],
    });
    const b = round({
      orgs: [
        { org_id: "school", org_type: "school_primary" },
        {
          org_id: "kbo-0474546071",
          name: "Volley Koksijde",
          org_type: "sports_club",
          kbo_number: "0474546071",
        },
      ],
      ties: [["kbo-0474546071", "school", "joint_activity"]],
    });
    const d = diffNetworks(a, b);
    expect(d.relations.added).toEqual([]);
    expect(d.relations.removed).toEqual([]);
    expect(d.organisations.reidentified).toEqual([
      { old_id: "old-club", new_id: "kbo-0474546071", method: "kbo", name: "Volley Koksijde" },
    ]);
  });

  it("marks ties lost because an organisation stopped", () => {
    const a = round({
      orgs,
      ties: [
        ["school", "bib"],
        ["club", "bib"],
      ],
    });
    const b = round({ orgs: orgs.filter((o) => o.org_id !== "club"), ties: [["school", "bib"]] });
    const d = diffNetworks(a, b);
    expect(d.relations.removed.map((r) => [r.source_id, r.with_new_or_stopped_organisation])).toEqual([
      ["club", true],
    ]);
  });
});

describe("diffNetworks: barriers, commitments, offerings", () => {
  const orgs = [{ org_id: "ocmw" }, { org_id: "bib" }];
  const a = round({
    orgs,
    barriers: [
      { barrier_id: "D1", status: "signalled" },
      { barrier_id: "D2", status: "in_progress" },
      { barrier_id: "D3", status: "signalled" },
      { barrier_id: "D4", status: "signalled" },
      { barrier_id: "D5", status: "resolved" },
    ],
    commitments: [["D2", "ocmw", "funding"]],
    offerings: [
      { offering_id: "O1", org_id: "bib", title: "Voorleesuur" },
      { offering_id: "O2", org_id: "bib", title: "Taalcafé" },
      { offering_id: "O3", org_id: "ocmw", title: "Budgetcursus" },
    ],
  });
  const b = round({
    orgs,
    barriers: [
      { barrier_id: "D1", status: "resolved" },
      { barrier_id: "D2", status: "in_progress" },
      { barrier_id: "D3", status: "in_progress" },
      { barrier_id: "D6", status: "signalled" },
    ],
    commitments: [
      ["D2", "ocmw", "funding"],
      ["D2", "bib", "space"],
      ["D3", "bib", "outreach"],
    ],
    offerings: [
      { offering_id: "O1", org_id: "bib", title: "Voorleesuur" },
      { offering_id: "L-77", org_id: "bib", title: "Taalcafé" },
      { offering_id: "O9", org_id: "ocmw", title: "Digitaal café" },
    ],
  });
  const d = diffNetworks(a, b);

  it("finds new, resolved (by status or gone) and otherwise changed barriers", () => {
    expect(d.barriers.added.map((x) => x.barrier_id)).toEqual(["D6"]);
    expect(d.barriers.resolved.map((x) => [x.barrier_id, x.how, x.old_status])).toEqual([
      ["D1", "status", "signalled"],
      ["D4", "gone", "signalled"],
    ]);
    expect(d.barriers.status_changed.map((x) => [x.barrier_id, x.old_status, x.status])).toEqual([
      ["D3", "signalled", "in_progress"],
    ]);
    // Open = not resolved or parked: D1..D4 before; D2, D3, D6 now.
    expect(d.barriers.open).toEqual({ old: 4, new: 3 });
  });

  it("groups new commitments per barrier", () => {
    expect(d.barriers.with_new_commitments).toEqual([
      {
        barrier_id: "D2",
        barrier_type: "financial",
        status: "in_progress",
        commitments: [{ barrier_id: "D2", org_id: "bib", org_name: "bib", commitment_type: "space" }],
      },
      {
        barrier_id: "D3",
        barrier_type: "financial",
        status: "in_progress",
        commitments: [{ barrier_id: "D3", org_id: "bib", org_name: "bib", commitment_type: "outreach" }],
      },
    ]);
    expect(d.barriers.commitments_removed).toEqual([]);
  });

  it("finds offerings added and removed, and a renumbered one as neither", () => {
    expect(d.offerings.added.map((o) => o.offering_id)).toEqual(["O9"]);
    expect(d.offerings.removed.map((o) => o.offering_id)).toEqual(["O3"]);
    expect(d.offerings.renumbered).toEqual([{ old_id: "O2", new_id: "L-77", title: "Taalcafé" }]);
  });

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });
});
