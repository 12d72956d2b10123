/** A misspelt municipality: the warning suggests the nearest one from the list, never a far one. */
import { describe, expect, it } from "vitest";
import { importInventory } from "../../src/index.ts";
import { csv } from "./helpers.ts";

function warning(name: string) {
  const net = importInventory([csv("organisaties.csv", ["organisatie_id;naam;gemeente", `a;Vzw A;${name}`])]);
  const found = net.report.findings.filter((f) => f.code === "UNKNOWN_MUNICIPALITY");
  expect(found).toHaveLength(1);
  return found[0].message;
}

describe("UNKNOWN_MUNICIPALITY says which municipality was probably meant", () => {
  it("'Ieperr' -> Ieper (nl and en)", () => {
    const m = warning("Ieperr");
    expect(m.nl).toContain('Bedoelde je "Ieper"?');
    expect(m.en).toContain('Did you mean "Ieper"?');
  });
  it("'Popperinge' -> Poperinge; 'Langemark Poelkapele' -> Langemark-Poelkapelle", () => {
    expect(warning("Popperinge").nl).toContain('"Poperinge"');
    expect(warning("Langemark Poelkapele").nl).toContain('"Langemark-Poelkapelle"');
  });
  it("a name far from every municipality gets no guess", () => {
    const m = warning("Atlantis");
    expect(m.nl).not.toContain("Bedoelde je");
    expect(m.en).not.toContain("Did you mean");
  });
});
