import { describe, expect, it } from "vitest";
import { findWhiteSpots } from "../../src/gaps/white-spots.ts";
import { makeNetwork, offering } from "./fixture.ts";

// Ieper: a club doing sport for youth; Poperinge: a library doing reading for youth and, through an
// offer co-organised with a school, reading for newcomers. Mesen (same region): nothing at all.
const network = makeNetwork({
  orgs: [
    { org_id: "club", nis_code: "33011", themes: ["sport"], target_groups: ["youth"] },
    { org_id: "lib", nis_code: "33021", themes: ["reading_media"], target_groups: ["youth"] },
    { org_id: "school", nis_code: "33021", themes: [], target_groups: [] },
  ],
  offerings: [
    offering({
      offering_id: "f1",
      org_id: "lib",
      co_org_ids: ["school"],
      themes: ["reading_media"],
      target_groups: ["non_native_newcomers"],
    }),
    offering({ offering_id: "f2", org_id: "club", themes: ["other:petanque"], target_groups: ["youth"] }),
  ],
});

describe("white spots", () => {
  const spots = findWhiteSpots(network);
  it("checks the vocabulary values in use, in the region's municipalities (not Limburg)", () => {
    expect(spots.themes).toEqual(["reading_media", "sport"]);
    expect(spots.target_groups).toEqual(["non_native_newcomers", "youth"]);
    expect(spots.municipalities).toEqual(["33011", "33016", "33021"]);
    expect(spots.cells_checked).toBe(12);
  });
  it("counts empty cells (12 minus 3 covered = 9, by hand) and puts priority target groups apart", () => {
    const all = [...spots.white_spots.priority, ...spots.white_spots.other];
    expect(all.length).toBe(9);
    expect(spots.white_spots.priority.every((c) => c.target_group === "non_native_newcomers")).toBe(true);
    expect(spots.white_spots.priority.length).toBe(5);
    // Reading for newcomers exists in Poperinge, so its absence in Ieper and Mesen is a local gap
    // and is listed before combinations that exist nowhere.
    expect(
      spots.white_spots.priority.slice(0, 2).map((c) => [c.theme, c.municipality, c.covered_elsewhere]),
    ).toEqual([
      ["reading_media", "Ieper", 1],
      ["reading_media", "Mesen", 1],
    ]);
  });
  it("fragile cells have one provider; the co-organised offer has two", () => {
    const fragile = [...spots.fragile.priority, ...spots.fragile.other];
    expect(
      fragile.map((c) => `${c.theme}/${c.target_group}/${c.nis_code}:${c.providers.join("+")}`).sort(),
    ).toEqual(["reading_media/youth/33021:lib", "sport/youth/33011:club"]);
    // Reading for newcomers in Poperinge has lib + school: neither empty nor fragile.
    expect(fragile.some((c) => c.target_group === "non_native_newcomers")).toBe(false);
  });
  it("combinations missing everywhere, and counts per municipality", () => {
    expect(spots.regional_white_spots).toEqual([
      { theme: "sport", target_group: "non_native_newcomers", priority: true },
    ]);
    expect(spots.by_municipality[0]).toEqual({
      nis_code: "33016",
      municipality: "Mesen",
      white_spots: 4,
      fragile: 0,
    });
  });
  it("an empty inventory has nothing to check", () => {
    const empty = findWhiteSpots(makeNetwork({ orgs: [] }));
    expect(empty.cells_checked).toBe(0);
    expect(empty.white_spots).toEqual({ priority: [], other: [] });
  });
});
