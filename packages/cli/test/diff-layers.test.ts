/**
 * `ecolens diff` compares a layer only where both rounds have it: a GEXF round (no barriers, no
 * learning offers) against an inventory round gives the verdict of the inventory pair on the
 * goals both have; an empty round is its own verdict; per-municipality sentences hold for both
 * rounds ("still no tie" never where the earlier round had one).
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCaptured } from "./helpers/capture.ts";
import { tempDir, writeFiles } from "./helpers/fixtures.ts";

const EXAMPLES = fileURLToPath(new URL("../../../data/examples/", import.meta.url));
const ROUND1 = join(EXAMPLES, "westhoek");
const ROUND2 = join(EXAMPLES, "westhoek-2025");
const dir = tempDir("ecolens-diff-layers-");

interface Goal {
  goal: string;
  assessment: string;
  text: { en: string };
}

async function diffJson(a: string, b: string) {
  const run = await runCaptured(["diff", a, b, "--json", "--lang", "en"]);
  expect(run.err).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(run.out);
}

/** The verdict rule of docs/diff.md over the goals that could be compared. */
function verdictOf(goals: Goal[]): string {
  const known = goals.filter((g) => g.assessment !== "unknown");
  const better = known.filter((g) => g.assessment === "better").length;
  const worse = known.filter((g) => g.assessment === "worse").length;
  if (known.length === 0) return "not_comparable";
  if (better === 0 && worse === 0) return "unchanged";
  if (worse === 0) return "yes";
  return better > worse ? "mostly" : better === worse ? "mixed" : "no";
}

describe("diff across layers: a GEXF round against an inventory round", () => {
  it("gives the inventory pair's verdict on the goals both rounds have", async () => {
    const gexf = join(dir, "westhoek-2025.gexf");
    expect((await runCaptured(["export", ROUND2, "--to", "gexf", "-o", gexf])).code).toBe(0);
    const inventories = await diffJson(ROUND1, ROUND2);
    const mixed = await diffJson(ROUND1, gexf);

    expect(inventories.diff.layers.compared.barriers).toBe(true);
    expect(mixed.diff.layers.compared).toMatchObject({ barriers: false, offerings: false });
    // The barrier goal is "not in this round's data", never "0 barriers, all resolved".
    const barrierGoal = mixed.story.goals.find((g: Goal) => g.goal === "open_barriers");
    expect(barrierGoal.assessment).toBe("unknown");
    expect(barrierGoal.text.en).toContain("not in round westhoek-2025's data");
    expect(mixed.diff.barriers.resolved).toEqual([]);
    expect(mixed.diff.offerings.removed).toEqual([]);
    // Every other goal reads the same as between the two inventories ...
    const others = (r: { story: { goals: Goal[] } }) =>
      r.story.goals.filter((g) => g.goal !== "open_barriers").map((g) => [g.goal, g.assessment]);
    expect(others(mixed)).toEqual(others(inventories));
    // ... and the verdict is the inventory pair's verdict over those goals.
    const shared = inventories.story.goals.filter((g: Goal) => g.goal !== "open_barriers");
    expect(mixed.story.verdict).toBe(verdictOf(shared));
    expect(mixed.story.verdict_text.en).toMatch(/of 4 goals/);

    const text = await runCaptured(["diff", ROUND1, gexf, "--lang", "en"]);
    expect(text.out).toContain("Barriers: not in round westhoek-2025's data");
    expect(text.out).toContain("Learning offers: not in both rounds' data");
    expect(text.out).not.toMatch(/Barriers: \d+ resolved/);
  }, 120_000);
});

describe("diff to an empty round", () => {
  it("is its own verdict: no progress, no ticks on the figures", async () => {
    const small = writeFiles(join(dir, "small"), {
      "organisaties.csv": [
        "org_id;naam;type;gemeente",
        "school;Basisschool;basisschool;Ieper",
        "club;Volley Ieper;sportclub;Ieper",
      ],
      "relaties.csv": ["van;naar;type;niveau", "school;club;gezamenlijke_activiteit;2"],
    });
    const empty = writeFiles(join(dir, "empty"), { "organisaties.csv": ["org_id;naam;type;gemeente"] });
    const r = await diffJson(small, empty);
    expect(r.story.verdict).toBe("empty");
    expect(r.story.verdict_text.en).not.toMatch(/moved toward/);
    for (const m of r.movement.metrics) expect(m.assessment, m.metric).not.toMatch(/better|worse|same/);
    expect(r.story.goals.every((g: Goal) => g.assessment === "unknown")).toBe(true);
    const text = await runCaptured(["diff", small, empty, "--lang", "en"]);
    expect(text.out).toContain("Round empty holds no organisations.");
    expect(text.out).not.toContain("✓");
  });
});

describe("per-municipality sentences hold for both rounds", () => {
  it("a municipality that lost its tie is 'lost', not 'still no tie'", async () => {
    const orgs = [
      "org_id;naam;type;gemeente",
      "school;Basisschool;basisschool;Ieper",
      "club;Volley Ieper;sportclub;Ieper",
      "jh;Jeugdhuis;jeugdhuis;Poperinge",
      "bs2;Basisschool Pop;basisschool;Poperinge",
    ];
    const before = writeFiles(join(dir, "before"), {
      "organisaties.csv": orgs,
      "relaties.csv": ["van;naar;type;niveau", "school;club;gezamenlijke_activiteit;2"],
    });
    const after = writeFiles(join(dir, "after"), {
      "organisaties.csv": orgs,
      "relaties.csv": ["van;naar;type;niveau", "school;bs2;gezamenlijke_activiteit;2"],
    });
    const r = await diffJson(before, after);
    const status = (name: string) =>
      r.movement.municipalities.find((m: { name: string }) => m.name === name)?.status;
    expect(status("Ieper")).toBe("lost_bridge");
    expect(status("Poperinge")).toBe("still_none");
    const en = r.story.headline.map((t: { en: string }) => t.en).join("\n");
    expect(en).toContain("Formal ↔ informal tie lost in: Ieper.");
    expect(en).toContain("1 municipality still has no formal ↔ informal tie: Poperinge.");
    expect(en).not.toMatch(/still has no formal ↔ informal tie: .*Ieper/);
  });
});
