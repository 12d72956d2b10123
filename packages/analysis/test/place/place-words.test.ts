/**
 * The map's Dutch says "non-formeel", as the rest of ecolens (the style guide replaced
 * "niet-formeel"): figure titles and the sentences by place.
 */
import { importInventory } from "@ecolens/core";
import { describe, expect, it } from "vitest";
import { placeFigures } from "../../src/place/place-figures.ts";
import { placeFindings } from "../../src/place/place-findings.ts";

const file = (name: string, lines: string[]) => ({
  name,
  bytes: new TextEncoder().encode(`${lines.join("\n")}\n`),
});

const network = importInventory([
  file("organisations.csv", [
    "org_id,name,org_type,nis_code",
    "i1,School Ieper,school_primary,33011",
    "i2,Bib Ieper,library,33011",
    "p1,Sportclub Poperinge,sports_club,33021",
    "p2,Chiro Poperinge,youth_movement,33021",
  ]),
  file("relations.csv", ["source,target,relation_type", "i1,i2,joint_activity", "p1,p2,joint_activity"]),
]);

describe("the map's words (nl)", () => {
  const figures = placeFigures(network);
  const findings = placeFindings(network, figures);
  it("the sentence about municipalities without a formal ↔ non-formal tie is among the findings", () => {
    expect(findings.map((f) => f.code)).toContain("NO_CROSS_LINE_TIES");
  });
  it("no figure title and no sentence says 'niet-formeel'; the cross-line ones say 'non-formeel'", () => {
    const titles = figures.figures.map((f) => f.title.nl);
    const sentences = findings.map((f) => f.message.nl);
    for (const text of [...titles, ...sentences]) expect(text).not.toMatch(/niet-formee?l/i);
    expect(titles.find((t) => t.includes("formeel ↔"))).toContain("non-formeel/informeel");
    expect(findings.find((f) => f.code === "NO_CROSS_LINE_TIES")?.message.nl).toContain(
      "non-formeel/informeel",
    );
  });
});
