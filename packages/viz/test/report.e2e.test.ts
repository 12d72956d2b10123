/**
 * The report in a real browser (Debian chromium, WebGL via SwiftShader), opened from file://.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportModel } from "../src/model.ts";
import { renderReportHtml } from "../src/report/render.ts";
import { colouredPixels, inkPixels, launch, openWatched } from "./helpers/browser.ts";
import { HOSTILE_NAMES, sampleModel } from "./helpers/sample-model.ts";

let browser: Browser;
let dir: string;
const files: Record<string, string> = {};
let hostile: ReportModel;

function emptyModel(nodes: ReportModel["nodes"]): ReportModel {
  return { meta: { name: "leeg", seed: 1 }, vocab: {}, nodes, edges: [], metrics: [] };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ecolens-report-"));
  hostile = sampleModel(40, { hostile: true });
  const models: Record<string, [ReportModel, "nl" | "en"]> = {
    hostile: [hostile, "nl"],
    empty: [emptyModel([]), "en"],
    one: [
      emptyModel([{ id: "solo", label: "Bib Solo", themes: [], target_groups: [], x: 0, y: 0, metrics: {} }]),
      "nl",
    ],
  };
  for (const [name, [model, lang]] of Object.entries(models)) {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, await renderReportHtml(model, { lang }));
    files[name] = pathToFileURL(file).href;
  }
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the report page", () => {
  it("opens from file:// without console errors or network requests and draws the map", async () => {
    const w = await openWatched(browser, files.hostile);
    const probe = await w.page.evaluate(() => ({ ...(window as any).__ecolens }));
    expect(probe.webgl).toBe(true);
    expect(probe.nodeCount).toBe(40);
    expect(probe.visibleNodes).toBe(40);
    const png = PNG.sync.read(await w.page.locator("#sigma-container").screenshot());
    expect(colouredPixels(png)).toBeGreaterThan(800);
    expect(w.errors).toEqual([]);
    expect(w.network).toEqual([]);
    await w.page.close();
  });

  it("filters nodes: choosing a sector leaves exactly that sector's organisations", async () => {
    const w = await openWatched(browser, files.hostile);
    const sector = hostile.nodes[0].sector as string;
    const expected = hostile.nodes.filter((n) => n.sector === sector).length;
    await w.page.selectOption("#filter-sector", sector);
    await w.page.waitForFunction((n) => (window as any).__ecolens.visibleNodes === n, expected);
    expect(expected).toBeLessThan(40);
    await w.page.click("#filter-reset");
    await w.page.waitForFunction(() => (window as any).__ecolens.visibleNodes === 40);
    await w.page.close();
  });

  it("search by keyboard selects an organisation and opens its panel; Escape closes it", async () => {
    const w = await openWatched(browser, files.hostile);
    const target = hostile.nodes[12];
    await w.page.fill("#search", target.label.slice(0, 8));
    await w.page.waitForSelector("#search-list li[role=option]");
    const options = await w.page.locator("#search-list li[role=option]").allTextContents();
    const k = options.indexOf(target.label);
    expect(k).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < k; i++) await w.page.keyboard.press("ArrowDown");
    await w.page.keyboard.press("Enter");
    await w.page.waitForFunction((id) => (window as any).__ecolens.selected === id, target.id);
    expect(await w.page.locator("#panel-title").textContent()).toBe(target.label);
    expect(await w.page.evaluate(() => document.activeElement?.id)).toBe("panel-title");
    await w.page.keyboard.press("Escape");
    await w.page.waitForFunction(() => (window as any).__ecolens.selected === null);
    expect(await w.page.locator("#node-panel").isHidden()).toBe(true);
    await w.page.close();
  });

  it("switches language: headings and viewer labels change", async () => {
    const w = await openWatched(browser, files.hostile);
    const colourLabel = w.page.locator("label[for=colour-by]");
    expect(await colourLabel.textContent()).toBe("Kleur volgens");
    expect(await w.page.locator("#findings-h").innerText()).toBe("Belangrijkste vaststellingen");
    await w.page.click("button[data-lang-set=en]");
    expect(await colourLabel.textContent()).toBe("Colour by");
    expect(await w.page.locator("#findings-h").innerText()).toBe("Key findings");
    expect(await w.page.evaluate(() => document.documentElement.lang)).toBe("en");
    await w.page.close();
  });

  it("shows hostile organisation names literally and never runs them", async () => {
    const w = await openWatched(browser, files.hostile);
    // Open the panel of each hostile organisation through the search.
    for (const name of HOSTILE_NAMES.slice(0, 3)) {
      await w.page.fill("#search", name);
      await w.page.waitForSelector("#search-list li[role=option]");
      await w.page.keyboard.press("Enter");
      await w.page.waitForSelector("#panel-title");
      expect(await w.page.locator("#panel-title").textContent()).toBe(name);
    }
    const injected = await w.page.evaluate(() => ({
      scripts: document.querySelectorAll("script").length,
      imgX: document.querySelectorAll("img[src=x]").length,
      handlers: document.querySelectorAll("[onerror],[onload]").length,
      svgOnload: [...document.querySelectorAll("svg")].filter((s) => s.hasAttribute("onload")).length,
    }));
    expect(injected).toEqual({ scripts: 2, imgX: 0, handlers: 0, svgOnload: 0 });
    // The names are on the page as text (tables, findings), also the one that closes a script.
    const text = await w.page.locator("body").innerText();
    expect(text).toContain("</script><script>alert(1)</script>");
    expect(w.dialogs).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it("embeds the data safely: the raw file holds no markup from the data, and the JSON round-trips", async () => {
    const html = readFileSync(new URL(files.hostile), "utf8");
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<svg onload");
    expect(html.match(/<\/script>/gi)?.length).toBe(2);
    const w = await openWatched(browser, files.hostile);
    const labels = await w.page.evaluate(
      () => JSON.parse(document.getElementById("ecolens-data")?.textContent ?? "{}").nodes.label as string[],
    );
    expect(labels).toEqual(hostile.nodes.map((n) => n.label));
    await w.page.close();
  });

  it("sorts a table by keyboard", async () => {
    const w = await openWatched(browser, files.hostile);
    const severities = () =>
      w.page.$$eval("#table-barriers tbody tr", (rows) =>
        rows.map((r) => Number((r as HTMLTableRowElement).cells[4].dataset.v)),
      );
    const header = w.page.locator("#table-barriers thead th").nth(4).locator("button");
    await header.focus();
    await w.page.keyboard.press("Enter");
    const up = await severities();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await w.page.keyboard.press("Enter");
    const down = await severities();
    expect(down).toEqual([...up].sort((a, b) => b - a));
    expect(await w.page.locator("#table-barriers thead th").nth(4).getAttribute("aria-sort")).toBe(
      "descending",
    );
    await w.page.close();
  });

  it("exports the map with its legend as a PNG", async () => {
    const w = await openWatched(browser, files.hostile);
    const [download] = await Promise.all([w.page.waitForEvent("download"), w.page.click("#export-png")]);
    const path = await download.path();
    const png = PNG.sync.read(readFileSync(path));
    const box = await w.page.locator("#sigma-container").boundingBox();
    expect(png.width).toBeGreaterThanOrEqual(Math.floor(box?.width ?? 0) - 2);
    expect(png.height).toBeGreaterThan(box?.height ?? 0); // the legend is below the map
    expect(colouredPixels(png)).toBeGreaterThan(800);
    await w.page.close();
  });
});

describe("small networks", () => {
  it("an empty network gives a page that says so", async () => {
    const w = await openWatched(browser, files.empty);
    expect(await w.page.locator("#map .notice").innerText()).toContain("holds no organisations");
    expect(await w.page.locator("#findings li").first().innerText()).toContain("no organisations");
    expect(w.errors).toEqual([]);
    expect(w.network).toEqual([]);
    await w.page.close();
  });

  it("a one-node network draws its node and explains there are no relations", async () => {
    const w = await openWatched(browser, files.one);
    expect(await w.page.locator("#map .notice").first().innerText()).toContain("één organisatie");
    const png = PNG.sync.read(await w.page.locator("#sigma-container").screenshot());
    // An organisation without sector is drawn in neutral grey: count drawn pixels, minus the border.
    expect(inkPixels(png)).toBeGreaterThan(2 * (png.width + png.height) + 50);
    expect(w.errors).toEqual([]);
    await w.page.close();
  });
});
