/** The data quality line of a collected round writes its counts as the locale does (2.119 / 2,119). */
import type { EcoNetwork } from "@ecolens/core";
import { describe, expect, it } from "vitest";
import { tieStatusLine } from "../src/shared/ties.ts";

const relation = (status: string) => ({ extra: { tie_status: status } });
const network = {
  relations: [
    ...Array.from({ length: 2119 }, () => relation("confirmed by both")),
    relation("reported by one"),
    relation("contradicted"),
    relation("contradicted"),
  ],
} as unknown as EcoNetwork;

describe("tie status line", () => {
  it("(nl) 2.119 van 2.122", () => {
    expect(tieStatusLine(network, "nl")).toBe(
      "Relaties bevestigd door beide kanten: 2.119 van 2.122 (100%); gemeld door één: 1, tegenstrijdig: 2, geen antwoord: 0.\n",
    );
  });
  it("(en) 2,119 of 2,122", () => {
    expect(tieStatusLine(network, "en")).toContain("Ties confirmed by both sides: 2,119 of 2,122 (100%)");
  });
});
