/**
 * Scales and rankings the report shows: rounds charts start at zero (or −1 for an index), white
 * spots are ranked by what matters most, and map labels are placed without overlap.
 */
import { describe, expect, it } from "vitest";
import { roundsDomain } from "../src/charts/rounds.ts";
import type { ReportModel, RoundFigure } from "../src/model.ts";
import { rankWhiteSpots } from "../src/report/white-spot-summary.ts";
import { overlaps, placeLabels } from "../src/viewer/label-placement.ts";

const figure = (format: RoundFigure["format"]): RoundFigure => ({
  metric: "m",
  title: { nl: "m", en: "m" },
  values: [],
  assessment: "neutral",
  format,
});

describe("rounds chart axes", () => {
  it("start at zero for counts and shares, at -1 for an index that can be negative", () => {
    expect(roundsDomain(figure("integer"), [580, 599])[0]).toBe(0);
    expect(roundsDomain(figure("decimal"), [0.011, 0.012])[0]).toBe(0);
    expect(roundsDomain(figure("percent"), [0.29, 0.35])).toEqual([0, 1]);
    expect(roundsDomain(figure("decimal"), [-0.74, -0.71])).toEqual([-1, 1]);
  });
});

describe("white spots ranked", () => {
  it("priority groups first, then gaps filled elsewhere, then the widest", () => {
    const spot = (
      municipality: string,
      theme: string,
      target_group: string,
      priority: boolean,
      coveredElsewhere: number,
    ) => ({
      municipality,
      theme,
      target_group,
      offerings: 0,
      priority,
      coveredElsewhere,
    });
    const model = {
      whiteSpots: [
        spot("a", "sport", "adults", false, 0),
        spot("b", "sport", "adults", false, 0),
        spot("c", "sport", "adults", false, 0),
        spot("a", "language", "newcomers", true, 2),
        spot("a", "culture", "children", false, 3),
        spot("a", "digital", "people_in_poverty", true, 0),
        spot("b", "digital", "people_in_poverty", true, 0),
      ],
    } as unknown as ReportModel;
    const ranked = rankWhiteSpots(model).map((g) => `${g.theme}/${g.target_group}:${g.missing.length}`);
    expect(ranked).toEqual([
      "language/newcomers:1",
      "digital/people_in_poverty:2",
      "culture/children:1",
      "sport/adults:3",
    ]);
  });
});

describe("map labels", () => {
  it("skip a label that would overlap one already placed, keep the order of importance", () => {
    const boxes = placeLabels(
      [
        { key: "big", x: 100, y: 100, size: 10, width: 80 },
        { key: "close", x: 120, y: 104, size: 5, width: 60 },
        { key: "far", x: 100, y: 200, size: 5, width: 60 },
        { key: "outside", x: 590, y: 300, size: 5, width: 60 },
      ],
      { count: 10, height: 13, width: 600, viewportHeight: 400 },
    );
    expect(boxes.map((b) => b.key)).toEqual(["big", "far"]);
    expect(overlaps(boxes[0], boxes[1])).toBe(false);
  });
});
