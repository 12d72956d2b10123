import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compareRounds } from "@ecolens/analysis";
import { importInventory } from "@ecolens/core";
import { describe, expect, it } from "vitest";
import { run } from "../src/main.ts";
import { captureOutput } from "./helpers/capture.ts";
import { tempDir, writeFiles } from "./helpers/fixtures.ts";

const dir = tempDir("ecolens-report-");
const io = captureOutput();

// Ieper: a school, a library and a nature club around the OCMW; the school also works with the
// nature club. Poperinge: one sports club (with a hostile name) without any tie.
const inventory = join(dir, "inventaris");
const files: Record<string, string[]> = {
  "organisaties.csv": [
    "org_id;naam;type;gemeente;themas;doelgroepen",
    "bib;Bibliotheek Ieper;bibliotheek;Ieper;lezen_mediawijsheid;jongeren",
    "school;Basisschool De Vlinder;basisschool;Ieper;natuur_milieu;kinderen",
    "natuur;Natuurpunt Ieper;natuurvereniging;Ieper;natuur_milieu;kinderen",
    "ocmw;OCMW Ieper;lokaal_bestuur;Ieper;zorg;mensen_in_armoede",
    "club;<img src=x onerror=alert(1)></script>;sportclub;Poperinge;sport;jongeren",
  ],
  "relaties.csv": [
    "van;naar;type",
    "bib;ocmw;gezamenlijke_activiteit",
    "school;ocmw;info-uitwisseling",
    "natuur;ocmw;info-uitwisseling",
    "school;natuur;gezamenlijke_activiteit",
  ],
};
writeFiles(inventory, files);

// A later round: the hostile sports club stopped, a youth club joined and works with the nature
// club, and the library now works with the school (a new formal <-> non-formal tie).
const round2 = join(dir, "2025");
const round2Files: Record<string, string[]> = {
  "organisaties.csv": [
    ...files["organisaties.csv"].filter((l) => !l.startsWith("club;")),
    "jeugd;Jeugdhuis Ieper;jeugdhuis;Ieper;jeugd_spel;jongeren",
  ],
  "relaties.csv": [
    ...files["relaties.csv"],
    "bib;school;gezamenlijke_activiteit",
    "jeugd;natuur;gezamenlijke_activiteit",
  ],
};
// Two older rounds in one folder (a folder of rounds): 2021 without the nature club's school tie.
const roundsDir = join(dir, "rondes");
const oldRounds: Record<string, Record<string, string[]>> = {
  "2021": {
    "organisaties.csv": files["organisaties.csv"],
    "relaties.csv": files["relaties.csv"].filter((l) => l !== "school;natuur;gezamenlijke_activiteit"),
  },
  "2023": files,
};
for (const [folder, content] of [
  [round2, round2Files],
  ...Object.entries(oldRounds).map(([name, f]) => [join(roundsDir, name), f] as const),
] as const)
  writeFiles(folder, content);

function readRound(folder: string) {
  return importInventory(
    ["organisaties.csv", "relaties.csv"].map((name) => ({
      name,
      bytes: new Uint8Array(readFileSync(join(folder, name))),
    })),
  );
}

function payloadOf(html: string) {
  const m = /<script type="application\/json" id="ecolens-data">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(m?.[1] ?? "null");
}

describe("ecolens report", () => {
  it("writes one self-contained HTML file with the data embedded safely", async () => {
    const out = join(dir, "rapport.html");
    const code = await run(["report", inventory, "-o", out, "--lang", "en", "--title", "Ieper <test>"]);
    expect(code).toBe(0);
    expect(io.out()).toContain(out);
    const html = readFileSync(out, "utf8");
    expect(html).toContain("<title>Ieper &lt;test&gt;</title>");
    expect(html).toContain('<script type="application/json" id="ecolens-data">');
    expect(html).not.toContain("<img src=x");
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=["']?(https?:)?\/\//i);
    expect(html.match(/<\/script>/gi)?.length).toBe(2);
  });

  it("--since adds 'What changed' with the story, and the new ties and organisation for the map", async () => {
    const out = join(dir, "rondes.html");
    const code = await run(["report", round2, "--since", inventory, "-o", out, "--lang", "en"]);
    expect(code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain('<section class="block" id="changes"');
    const story = compareRounds(readRound(inventory), readRound(round2), {
      labels: { old: "inventaris", new: "2025" },
    }).story;
    const asHtml = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    expect(html).toContain(asHtml(story.headline[0].en));
    expect(html).toContain(asHtml(story.verdict_text.nl));
    // The stopped club's hostile name is listed as text, never as markup.
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;&lt;/script&gt;");
    expect(html).not.toContain("<img src=x");
    // Hand-derived: two new ties (bib-school, jeugd-natuur), none lost, one new organisation.
    const payload = payloadOf(html);
    const ids: string[] = payload.nodes.id;
    const pairs = payload.changes.added.map(([s, t]: number[]) => [ids[s], ids[t]].sort().join("-")).sort();
    expect(pairs).toEqual(["bib-school", "jeugd-natuur"]);
    expect(payload.changes.removed).toEqual([]);
    expect(payload.changes.newNodes.map((i: number) => ids[i])).toEqual(["jeugd"]);
  });

  it("--since with a folder of rounds compares all of them, oldest first", async () => {
    const out = join(dir, "drie-rondes.html");
    const code = await run(["report", round2, "--since", roundsDir, "-o", out, "--lang", "nl"]);
    expect(code).toBe(0);
    const html = readFileSync(out, "utf8");
    const table = /<table id="table-rounds"[\s\S]*?<\/thead>/.exec(html)?.[0] ?? "";
    const heads = [...table.matchAll(/<span data-l="en">([^<]*)<\/span>/g)].map((m) => m[1]);
    // caption, "Measure", then one column per round.
    expect(heads.slice(2, 5)).toEqual(["2021", "2023", "2025"]);
    // The earlier step (2021 -> 2023) is told too.
    expect(html).toContain("2021 → 2023");
    expect(await run(["report", round2, "--since", join(dir, "bestaat-niet"), "-o", out])).toBe(2);
  });

  it("--municipality reports one municipality, says so in the header, and scopes the earlier rounds too", async () => {
    const out = join(dir, "poperinge.html");
    expect(await run(["report", inventory, "--municipality", "Poperinge", "-o", out, "--lang", "en"])).toBe(
      0,
    );
    const html = readFileSync(out, "utf8");
    expect(payloadOf(html).nodes.id).toEqual(["club"]);
    expect(html).toContain(
      '<p class="scope"><span data-l="nl">Alleen gemeente: Poperinge</span><span data-l="en">Only municipality: Poperinge</span></p>',
    );
    // Ieper in two rounds: the 2025 changes inside Ieper stay (bib-school, jeugd-natuur), and the
    // Poperinge club, which is outside the scope in both rounds, is not reported as stopped.
    const ieper = join(dir, "ieper-rondes.html");
    expect(await run(["report", round2, "--since", inventory, "--municipality", "33011", "-o", ieper])).toBe(
      0,
    );
    const payload = payloadOf(readFileSync(ieper, "utf8"));
    expect([...payload.nodes.id].sort()).toEqual(["bib", "jeugd", "natuur", "ocmw", "school"]);
    expect(payload.changes.added).toHaveLength(2);
    expect(readFileSync(ieper, "utf8")).not.toContain("&lt;img src=x");
    // No scope, no scope line.
    expect(readFileSync(join(dir, "rapport.html"), "utf8")).not.toContain('class="scope"');
    // An ego that the earlier round lacks: a usage error naming that round.
    expect(await run(["report", round2, "--since", inventory, "--ego", "jeugd", "-o", ieper])).toBe(2);
    expect(io.err()).toContain("(--since)");
  });

  it("rejects a bad --seed and --lang with a usage error", async () => {
    expect(await run(["report", inventory, "--seed", "abc"])).toBe(2);
    expect(await run(["report", inventory, "--lang", "fr"])).toBe(2);
  });
});

describe("ecolens view", () => {
  it("serves the page on 127.0.0.1 and stops on Ctrl-C", async () => {
    const running = run(["view", inventory, "--port", "0", "--lang", "nl"]);
    let url = "";
    for (let i = 0; i < 200 && !url; i++) {
      await new Promise((r) => setTimeout(r, 50));
      url = /http:\/\/127\.0\.0\.1:\d+\//.exec(io.out())?.[0] ?? "";
    }
    expect(url).not.toBe("");
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(await page.text()).toContain('id="ecolens-data"');
    expect((await fetch(`${url}elders`)).status).toBe(404);
    process.emit("SIGINT");
    expect(await running).toBe(0);
  });
});

describe("ecolens start", () => {
  it("builds the Westhoek report and prints key findings and the file's path", async () => {
    const out = join(dir, "start.html");
    const code = await run(["start", "--lang", "en", "-o", out]);
    expect(code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out, "utf8")).toContain('<section class="block" id="learning-paths"');
    expect(io.out()).toMatch(/The network holds [\d,]+ organisations/);
    expect(io.out()).toContain("start.html");
  }, 120_000);
});
