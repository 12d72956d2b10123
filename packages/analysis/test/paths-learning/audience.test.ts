import { describe, expect, it } from "vitest";
import { ageBands, audienceFit } from "../../src/index.ts";
import { offering } from "../helpers/records.ts";

const offer = (target_groups: string[], ages: { age_min?: number; age_max?: number } = {}) =>
  offering({ offering_id: "o", org_id: "p", target_groups, ...ages });

describe("audienceFit: an offer whose target groups exclude the learner's age is never a fit", () => {
  it("children and families: for children's ages only (a 16-year-old does not fit)", () => {
    expect(audienceFit(offer(["children", "families"]), undefined, 16)).toBe("no");
    expect(audienceFit(offer(["children", "families"]), undefined, 8)).toBe("fits");
    expect(audienceFit(offer(["children", "families"], { age_min: 3, age_max: 8 }), undefined, 10)).toBe(
      "no",
    );
  });
  it("young people: not for a 70-year-old", () => {
    expect(audienceFit(offer(["youth"]), undefined, 70)).toBe("no");
    expect(audienceFit(offer(["youth", "neet_youth"]), undefined, 70)).toBe("no");
    expect(audienceFit(offer(["youth"]), undefined, 16)).toBe("fits");
  });
  it("families alone, everyone, or only priority groups: every age", () => {
    for (const groups of [
      ["families"],
      ["general_public"],
      ["people_in_poverty", "families"],
      ["youth", "general_public"],
    ])
      for (const age of [4, 16, 40, 70]) expect(audienceFit(offer(groups), undefined, age)).toBe("fits");
  });
  it("an offer's own ages win over its groups; younger than the lowest age is a step for later", () => {
    expect(audienceFit(offer(["families"], { age_min: 6, age_max: 12 }), undefined, 16)).toBe("no");
    expect(audienceFit(offer(["adults", "families"]), undefined, 10)).toBe("later");
    expect(audienceFit(offer(["youth"], { age_min: 16, age_max: 25 }), undefined, 14)).toBe("later");
  });
  it("bands that do not touch leave the gap out: children|seniors is not for a 30-year-old", () => {
    expect(ageBands(offer(["children", "seniors"]))).toEqual([
      [0, 11],
      [55, 200],
    ]);
    expect(audienceFit(offer(["children", "seniors"]), undefined, 30)).toBe("no");
    expect(audienceFit(offer(["children", "seniors"]), undefined, 60)).toBe("fits");
  });
  it("an offer that says nothing about age takes its provider's ages", () => {
    const provider = { age_min: 6, age_max: 18, target_groups: ["children", "youth"] };
    expect(audienceFit(offer([]), undefined, 70, provider)).toBe("no");
    expect(audienceFit(offer(["people_in_poverty"]), undefined, 70, provider)).toBe("no");
    // families is a statement about age: the provider's ages do not narrow it.
    expect(audienceFit(offer(["families"]), undefined, 70, provider)).toBe("fits");
  });
  it("without an age, an age-band group is read as its band", () => {
    expect(audienceFit(offer(["children", "families"]), "seniors", undefined)).toBe("no");
    expect(audienceFit(offer(["children", "families"]), "children", undefined)).toBe("fits");
  });
});
