/**
 * The report's "What changed" and "Learning paths" sections in a real browser (Debian chromium,
 * WebGL via SwiftShader), from file://. The model is written here by hand for two small rounds:
 * three new ties (all on the map), three lost ones of which one lost its partner (not drawable),
 * two new organisations; two example routes. Names are hostile throughout.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChangeEdge, ReportModel } from "../src/model.ts";
import { renderReportHtml } from "../src/report/render.ts";
import { launch, openWatched } from "./helpers/browser.ts";
import { HOSTILE_NAMES, sampleModel } from "./helpers/sample-model.ts";

let browser: Browser;
let dir: string;
let url = "";
let model: ReportModel;

const T = (nl: string, en: string) => ({ nl, en });

function edge(model: ReportModel, a: number, b: number, drawable = true): ChangeEdge {
  return {
    source: model.nodes[a].id,
    target: model.nodes[b].id,
    source_name: model.nodes[a].label,
    target_name: model.nodes[b].label,
    relation_type: "joint_activity",
    cross_line: a % 2 === 0,
    drawable,
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ecolens-extras-"));
  model = sampleModel(30, { hostile: true });
  model.changes = {
    labels: ["2023 <b>oud</b>", "2025"],
    headline: [
      T("Het netwerk groeide van 28 naar 30 organisaties.", "The network grew from 28 to 30 organisations."),
    ],
    verdict: "yes",
    verdictText: T("Ja, het ecosysteem ging vooruit.", "Yes, the ecosystem moved toward its goals."),
    goals: [
      { assessment: "better", text: T("meer banden formeel ↔ informeel", "more formal ↔ informal ties") },
    ],
    figures: [
      {
        metric: "organisations",
        title: T("Organisaties", "Organisations"),
        values: [28, 30],
        assessment: "neutral",
        format: "integer",
      },
      {
        metric: "cross_line_share",
        title: T("Met band", "With a tie"),
        values: [0.2, 0.35],
        assessment: "better",
        format: "percent",
      },
    ],
    municipalities: [{ municipality: "33011", name: "Ieper", old: 0.2, new: 0.4, status: "bridged" }],
    risers: [{ name: HOSTILE_NAMES[1], id: model.nodes[1].id, change: 0.12 }],
    fallers: [],
    addedOrgs: [model.nodes[10].id, model.nodes[11].id],
    removedOrgs: [{ id: "gone", name: "<img src=x onerror=alert('gone')>", municipality: null }],
    addedEdges: [edge(model, 0, 10), edge(model, 1, 11), edge(model, 2, 3)],
    removedEdges: [
      edge(model, 4, 5),
      edge(model, 6, 7),
      { ...edge(model, 8, 9, false), target_name: "<img src=x onerror=alert('lost')>" },
    ],
    uncertain: [
      { old_name: "A", new_name: "B", message: T("<i>A</i> en B: zelfde?", "<i>A</i> and B: the same?") },
    ],
    counts: {
      organisations: { old: 28, new: 30, added: 2, removed: 1 },
      relations: { old: 70, new: 71, added: 3, removed: 3 },
      barriers: { resolved: 1, added: 0, open_old: 3, open_new: 2 },
      offerings: { added: 1, removed: 0 },
    },
    steps: [],
  };
  const step = (i: number, formal = false) => ({
    org_id: model.nodes[i].id,
    org_name: model.nodes[i].label,
    offering_id: `LK${i}`,
    title: `${HOSTILE_NAMES[1]} cursus`,
    learning_context: formal ? "formal" : "informal",
    recognition: formal ? "diploma" : "none",
    blocked: false,
  });
  model.learningPaths = {
    summary: T("1 van 2 combinaties heeft een route.", "1 of 2 combinations have a route."),
    themes: ["sport", "reading_media"],
    target_groups: ["children", "people_in_poverty"],
    priority: ["people_in_poverty"],
    cells: [
      {
        theme: "sport",
        target_group: "people_in_poverty",
        status: "route",
        starts: 2,
        routes: 2,
        routes_free: 2,
        sentence: T("ok", "ok"),
      },
      {
        theme: "reading_media",
        target_group: "children",
        status: "no_route",
        starts: 1,
        routes: 0,
        routes_free: 0,
        sentence: T("geen", "none"),
      },
    ],
    examples: [
      {
        id: "people_in_poverty--sport",
        learner: { theme: "sport", group: "people_in_poverty", barriers: ["financial"] },
        summary: T("2 routes gevonden.", "2 routes found."),
        routes: [
          {
            story: T(`Start bij ${HOSTILE_NAMES[0]}.`, `Start at ${HOSTILE_NAMES[0]}.`),
            steps: [step(0), step(12), step(20, true)],
            blocked_steps: 0,
            reaches_formal: true,
          },
          {
            story: T("Tweede route.", "Second route."),
            steps: [step(3), step(3), step(14, true)],
            blocked_steps: 0,
            reaches_formal: true,
          },
        ],
        breaks: [],
      },
      {
        id: "children--reading_media",
        learner: { theme: "reading_media", group: "children", barriers: [] },
        summary: T("Geen route.", "No route."),
        routes: [],
        breaks: [
          {
            sentence: T("De keten breekt bij <b>LK9</b>.", "The chain breaks at <b>LK9</b>."),
            menders: [HOSTILE_NAMES[2]],
          },
        ],
      },
    ],
  };
  const file = join(dir, "extras.html");
  writeFileSync(file, await renderReportHtml(model, { lang: "en" }));
  url = pathToFileURL(file).href;
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Pixels in the green of new relations and organisations (#117733), with some tolerance. */
function changeGreen(png: { data: Uint8Array | Buffer }): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
    if (r < 50 && g > 95 && g < 140 && b > 30 && b < 75) n++;
  }
  return n;
}

describe("What changed", () => {
  it("renders the story, the verdict, the chart and the tables", async () => {
    const w = await openWatched(browser, url);
    const section = w.page.locator("#changes");
    expect(await section.locator("ul.findings li").first().innerText()).toBe(
      "The network grew from 28 to 30 organisations.",
    );
    expect(await section.locator(".verdict").innerText()).toContain(
      "Yes, the ecosystem moved toward its goals.",
    );
    expect(await section.locator("#chart-rounds svg").count()).toBeGreaterThan(0);
    expect(await w.page.locator("#table-rounds tbody tr").count()).toBe(2);
    // Key findings gain the headline and the verdict.
    const findings = await w.page.locator("#findings ul.findings").innerText();
    expect(findings).toContain("The network grew from 28 to 30 organisations.");
    expect(findings).toContain("Yes, the ecosystem moved toward its goals.");
    expect(w.errors).toEqual([]);
    expect(w.network).toEqual([]);
    await w.page.close();
  });

  it("the toggle draws exactly the drawable new and lost relations and the new organisations", async () => {
    const w = await openWatched(browser, url);
    const probe = () => w.page.evaluate(() => (window as any).__ecolens.changes);
    expect(await probe()).toEqual({ added: 0, removed: 0, newNodes: 0 });
    const before = changeGreen(PNG.sync.read(await w.page.locator("#sigma-container").screenshot()));
    await w.page.check("#show-changes");
    // 3 new ties, 2 of 3 lost ties (one partner stopped), 2 new organisations.
    await w.page.waitForFunction(() => (window as any).__ecolens.changes.added === 3);
    expect(await probe()).toEqual({ added: 3, removed: 2, newNodes: 2 });
    await w.page.waitForTimeout(300);
    const after = changeGreen(PNG.sync.read(await w.page.locator("#sigma-container").screenshot()));
    expect(after).toBeGreaterThan(before + 30);
    const legend = await w.page.locator("#map-legend").innerText();
    expect(legend).toContain("new relation");
    expect(legend).toContain("lost relation");
    // The section's button is the same switch.
    await w.page.click("#changes [data-show-changes]");
    await w.page.waitForFunction(() => (window as any).__ecolens.changes.added === 0);
    expect(await w.page.isChecked("#show-changes")).toBe(false);
    expect(await w.page.locator("#map-legend").innerText()).not.toContain("lost relation");
    await w.page.close();
  });
});

describe("Learning paths", () => {
  it("'show on map' highlights exactly the route's organisations; Escape clears", async () => {
    const w = await openWatched(browser, url);
    const route = () => w.page.evaluate(() => (window as any).__ecolens.route);
    expect(await route()).toEqual({ active: null, nodes: [] });
    await w.page.click('button[data-route="0"]');
    const first = [0, 12, 20].map((i) => model.nodes[i].id).sort();
    await w.page.waitForFunction(() => (window as any).__ecolens.route.active === 0);
    expect((await route()).nodes).toEqual(first);
    expect(await w.page.locator("#route-banner").isVisible()).toBe(true);
    // The second route repeats an organisation: it counts once.
    await w.page.click('button[data-route="1"]');
    expect((await route()).nodes).toEqual([3, 14].map((i) => model.nodes[i].id).sort());
    expect(await w.page.getAttribute('button[data-route="1"]', "aria-pressed")).toBe("true");
    expect(await w.page.getAttribute('button[data-route="0"]', "aria-pressed")).toBe("false");
    await w.page.keyboard.press("Escape");
    expect(await route()).toEqual({ active: null, nodes: [] });
    expect(await w.page.locator("#route-banner").isHidden()).toBe(true);
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it("shows the coverage matrix and, where no route exists, the break and who could mend it", async () => {
    const w = await openWatched(browser, url);
    const section = w.page.locator("#learning-paths");
    expect(await section.locator("#chart-pathways svg").count()).toBeGreaterThan(0);
    expect(await section.locator("#chart-pathways figcaption").innerText()).toContain("1 of 2");
    const text = await section.innerText();
    expect(text).toContain("The chain breaks at <b>LK9</b>.");
    expect(text).toContain(HOSTILE_NAMES[2]);
    await w.page.close();
  });
});

describe("hostile names in the new sections", () => {
  it("stay text: shown literally, never run, no injected elements", async () => {
    const w = await openWatched(browser, url);
    const changes = await w.page.locator("#changes").innerText();
    expect(changes).toContain("<img src=x onerror=alert('gone')>");
    expect(changes).toContain("<i>A</i> and B: the same?");
    expect(changes).toContain("2023 <b>oud</b>");
    await w.page.click("#changes details.more summary");
    expect(await w.page.locator("#table-rounds-relations").innerText()).toContain(
      "<img src=x onerror=alert('lost')>",
    );
    const paths = await w.page.locator("#learning-paths").innerText();
    expect(paths).toContain(`Start at ${HOSTILE_NAMES[0]}.`);
    expect(paths).toContain(`${HOSTILE_NAMES[1]} cursus`);
    const injected = await w.page.evaluate(() => ({
      scripts: document.querySelectorAll("script").length,
      imgX: document.querySelectorAll("img[src=x]").length,
      bold: document.querySelectorAll("#changes b, #learning-paths b, #changes i").length,
      handlers: document.querySelectorAll("[onerror],[onload]").length,
    }));
    expect(injected).toEqual({ scripts: 2, imgX: 0, bold: 0, handlers: 0 });
    expect(w.dialogs).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.page.close();
  });
});
