import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCaptured } from "./helpers/capture.ts";
import { tempDir, writeFiles } from "./helpers/fixtures.ts";

const dir = tempDir("ecolens-diff-");

function inventory(name: string, orgs: string[], ties: string[], barriers: string[] = []): string {
  return writeFiles(join(dir, name), {
    "organisaties.csv": ["org_id;naam;type;gemeente;ondernemingsnummer", ...orgs],
    "relaties.csv": ["van;naar;type;niveau", ...ties],
    ...(barriers.length ? { "drempels.csv": ["drempel_id;drempeltype;doelgroep;status", ...barriers] } : {}),
  });
}

// 2023: a school, a club (re-keyed in 2025, same KBO), a library (renamed), a youth club that
// reappears under a new id in the neighbouring municipality (uncertain), a municipality.
const r2023 = inventory(
  "2023",
  [
    "school;Basisschool De Vlinder;basisschool;Ieper;",
    "club;Volley Ieper;sportclub;Ieper;0474546071",
    "bib;Bibliotheek Ieper;bibliotheek;Ieper;",
    "chiro-a;Chiro Sint-Jan;jeugdbeweging;Ieper;",
    "stad;Stad Ieper;lokaal_bestuur;Ieper;",
  ],
  [
    "bib;stad;info-uitwisseling;2",
    "club;stad;gezamenlijke_activiteit;2",
    "chiro-a;bib;gezamenlijke_activiteit;1",
  ],
  ["d1;financieel;mensen_in_armoede;gesignaleerd"],
);
const r2025 = inventory(
  "2025",
  [
    "school;Basisschool De Vlinder;basisschool;Ieper;",
    "kbo-0474546071;Volley Ieper;sportclub;Ieper;0474.546.071",
    "bib;Bib Ieper;bibliotheek;Ieper;",
    "chiro-b;Chiro Sint-Jan;jeugdbeweging;Poperinge;",
    "stad;Stad Ieper;lokaal_bestuur;Ieper;",
  ],
  [
    "bib;stad;info-uitwisseling;3",
    "kbo-0474546071;stad;gezamenlijke_activiteit;2",
    "school;kbo-0474546071;gezamenlijke_activiteit;2",
  ],
  ["d1;financieel;mensen_in_armoede;opgelost"],
);

describe("ecolens diff", () => {
  it("tells a coordinator on one screen what changed", async () => {
    const { code, out } = await runCaptured(["diff", r2023, r2025, "--lang", "en"]);
    expect(code).toBe(0);
    expect(out).toContain("What changed: 2023 → 2025");
    expect(out).toContain("1 new ties cross the formal ↔ non-formal/informal line (0 ended)");
    expect(out).toContain("Barriers: 1 resolved");
    expect(out).toContain("Did the ecosystem move toward its goals?");
    expect(out).toMatch(/orgs with such a tie\s+0%\s+50%\s+↑ \+50 pt/);
    expect(out).toContain("Volley Ieper [club → kbo-0474546071, kbo]");
    expect(out).toContain("Bibliotheek Ieper → Bib Ieper");
    expect(out).toContain("Matches to confirm (1)");
    expect(out).toContain("[chiro-a]");
    expect(out).toContain("--matches");
  });

  it("speaks Dutch", async () => {
    const { code, out } = await runCaptured(["diff", r2023, r2025, "--lang", "nl"]);
    expect(code).toBe(0);
    expect(out).toContain("Ging het ecosysteem vooruit?");
    expect(out).toContain("Te bevestigen koppelingen (1)");
  });

  it("--json is the full comparison", async () => {
    const { code, out } = await runCaptured(["diff", r2023, r2025, "--json", "--labels", "a,b"]);
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r.diff.labels).toEqual({ old: "a", new: "b" });
    expect(r.diff.organisations.reidentified).toEqual([
      { old_id: "club", new_id: "kbo-0474546071", method: "kbo", name: "Volley Ieper" },
    ]);
    expect(r.diff.relations.changed.map((c: { level: unknown }) => c.level)).toEqual([{ old: 2, new: 3 }]);
    expect(r.movement.metrics.find((m: { metric: string }) => m.metric === "organisations")).toMatchObject({
      old: 5,
      new: 5,
    });
  });

  it("--csv writes the tables, and the filled-in uncertain matches confirm them on the next run", async () => {
    const out = join(dir, "tables");
    const first = await runCaptured(["diff", r2023, r2025, "--csv", out, "--lang", "en"]);
    expect(first.code).toBe(0);
    for (const f of [
      "metrics.csv",
      "organisations.csv",
      "relations.csv",
      "barriers.csv",
      "uncertain_matches.csv",
    ])
      expect(existsSync(join(out, f)), f).toBe(true);
    const file = join(out, "uncertain_matches.csv");
    const text = readFileSync(file, "utf8");
    const lines = text
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(lines[0].startsWith("old_id;new_id;decision;")).toBe(true);
    expect(lines[1].startsWith("chiro-a;chiro-b;;")).toBe(true);
    writeFileSync(file, text.replace("chiro-a;chiro-b;;", "chiro-a;chiro-b;same;"));

    const second = await runCaptured(["diff", r2023, r2025, "--matches", file, "--json"]);
    expect(second.code).toBe(0);
    const r = JSON.parse(second.out);
    expect(r.diff.matching.uncertain).toEqual([]);
    expect(r.diff.matching.matched.find((m: { old_id: string }) => m.old_id === "chiro-a")).toMatchObject({
      new_id: "chiro-b",
      method: "confirmed",
    });
    // The Chiro moved to Poperinge: now reported as a change, not as stopped + new.
    expect(r.diff.organisations.added).toEqual([]);
    const chiro = r.diff.organisations.changed.find((c: { new_id: string }) => c.new_id === "chiro-b");
    expect(chiro.changes).toEqual([{ field: "municipality", old: "Ieper", new: "Poperinge" }]);
  });

  it("three rounds give a line per metric", async () => {
    const { code, out } = await runCaptured([
      "diff",
      r2023,
      r2025,
      r2025,
      "--labels",
      "2023,2025,2026",
      "--lang",
      "en",
    ]);
    expect(code).toBe(0);
    expect(out).toContain("Rounds: 2023 → 2025 → 2026");
    expect(out).toMatch(/organisations\s+5\s+5\s+5/);
  });

  it("usage errors: one round, a missing path, a bad decision file", async () => {
    expect((await runCaptured(["diff", r2023])).code).toBe(2);
    const missing = await runCaptured(["diff", r2023, join(dir, "nope"), "--lang", "en"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("does not exist");
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "van;naar\na;b\n");
    const r = await runCaptured(["diff", r2023, r2025, "--matches", bad, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("needs the columns old_id, new_id and decision");
    expect(r.err).not.toContain("at ");
  });
});
