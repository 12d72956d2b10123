/**
 * The Westhoek report in a real browser, as a municipality would show it: on a phone (390 px)
 * nothing scrolls sideways, no table cell is narrower than its longest word and the map comes
 * before its filters; on a laptop (1440 px) the map is drawn, its labels do not overlap and a
 * filter re-fits the camera to what it leaves. Chromium missing is a failure (helpers/browser.ts).
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CATEGORY_PALETTE, SECTOR_COLOURS, SUGGESTION_COLOUR } from "@ecolens/viz";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, openWatched } from "../../viz/test/helpers/browser.ts";
import { runCaptured } from "./helpers/capture.ts";

type Browser = Awaited<ReturnType<typeof launch>>;

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
let browser: Browser;
let dir: string;
const pages: Record<string, string> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ecolens-report-layout-"));
  const runs: Record<string, string[]> = {
    westhoek: [join(ROOT, "data/examples/westhoek")],
    rounds: [join(ROOT, "data/examples/westhoek-2025"), "--since", join(ROOT, "data/examples/westhoek")],
    messy: [join(ROOT, "data/examples/messy")],
  };
  for (const [name, args] of Object.entries(runs)) {
    const out = join(dir, `${name}.html`);
    const r = await runCaptured(["report", ...args, "-o", out, "--lang", "nl"]);
    if (!existsSync(out)) throw new Error(`report ${name} failed (${r.code}): ${r.err}`);
    pages[name] = pathToFileURL(out).href;
  }
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Table cells (shown) narrower than their longest word, measured with the cell's own font. */
function narrowCells(): string[] {
  const probe = document.createElement("span");
  probe.style.cssText = "position:absolute;visibility:hidden;white-space:nowrap";
  document.body.append(probe);
  const out: string[] = [];
  const cells = [...document.querySelectorAll<HTMLElement>("table td, table th")].filter(
    (c) => c.getClientRects().length > 0 && c.innerText.trim() !== "",
  );
  for (const cell of cells.slice(0, 400)) {
    const style = getComputedStyle(cell);
    probe.style.font = style.font;
    const inner =
      cell.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
    const longest = cell.innerText.split(/\s+/).sort((a, b) => b.length - a.length)[0] ?? "";
    probe.textContent = longest;
    if (probe.getBoundingClientRect().width > inner + 1) out.push(`${longest} (${Math.round(inner)} px)`);
  }
  probe.remove();
  return out;
}

/** Saturated pixels of a PNG (node colours; edges, labels and background are grey), in the page. */
async function colouredPixels(base64: string): Promise<number> {
  const img = new Image();
  img.src = `data:image/png;base64,${base64}`;
  await img.decode();
  const canvas = document.createElement("canvas");
  canvas.width = img.width;
  canvas.height = img.height;
  const ctx = canvas.getContext("2d") as CanvasRenderingContext2D;
  ctx.drawImage(img, 0, 0);
  const data = ctx.getImageData(0, 0, img.width, img.height).data;
  let coloured = 0;
  for (let i = 0; i < data.length; i += 4)
    if (Math.max(data[i], data[i + 1], data[i + 2]) - Math.min(data[i], data[i + 1], data[i + 2]) > 60)
      coloured++;
  return coloured;
}

describe("the report on a phone (390 px)", () => {
  for (const name of ["westhoek", "rounds", "messy"])
    it(`${name}: no sideways scroll, no cell narrower than a word, the map before its filters`, async () => {
      const w = await openWatched(browser, pages[name], { width: 390, height: 844 });
      const sizes = await w.page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        inner: window.innerWidth,
      }));
      expect(sizes.scroll).toBeLessThanOrEqual(sizes.inner);
      expect(await w.page.evaluate(narrowCells)).toEqual([]);
      const order = await w.page.evaluate(() => ({
        map: document.querySelector("#sigma-container")?.getBoundingClientRect().top ?? -1,
        filters: document.querySelector("#map-controls")?.getBoundingClientRect().top ?? -1,
      }));
      expect(order.map).toBeGreaterThan(0);
      expect(order.map).toBeLessThan(order.filters);
      expect(w.errors).toEqual([]);
      await w.page.close();
    });
});

describe("the report on a laptop (1440 px)", () => {
  it("draws the map with labels that do not overlap", async () => {
    const w = await openWatched(browser, pages.westhoek, { width: 1440, height: 900 });
    const shot = (await w.page.locator("#sigma-container").screenshot()).toString("base64");
    expect(await w.page.evaluate(colouredPixels, shot)).toBeGreaterThan(5000);
    const labels = await w.page.evaluate(() => (window as any).__ecolens.view.labels);
    expect(labels.length).toBeGreaterThanOrEqual(5);
    const overlapping = [];
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) {
        const [a, b] = [labels[i], labels[j]];
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
          overlapping.push([a.key, b.key]);
      }
    expect(overlapping).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it("re-fits the camera to what a municipality filter leaves", async () => {
    const w = await openWatched(browser, pages.westhoek, { width: 1440, height: 900 });
    // Mesen: a few organisations in one corner of the network.
    await w.page.selectOption("#filter-municipality", "33016");
    await w.page.waitForFunction(() => (window as any).__ecolens.visibleNodes < 100);
    await w.page.waitForTimeout(300);
    const extent = await w.page.evaluate(() => (window as any).__ecolens.view.extent);
    expect(Math.max(extent.x, extent.y)).toBeGreaterThan(0.6);
    await w.page.click("#filter-reset");
    await w.page.waitForFunction(() => (window as any).__ecolens.visibleNodes === 599);
    await w.page.close();
  });

  it("speaks Dutch in what the viewer draws: controls, legend and an organisation's panel", async () => {
    const w = await openWatched(browser, pages.westhoek, { width: 1440, height: 900 });
    await w.page.fill("#search", "VIVES");
    await w.page.waitForSelector("#search-list li[role=option]");
    await w.page.keyboard.press("ArrowDown");
    await w.page.keyboard.press("Enter");
    await w.page.waitForSelector("#node-panel:not([hidden])");
    // Labels and headings only: names, addresses and option values are the inventory's data.
    const text = await w.page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          "#map-controls label, #map-controls legend, #map-controls button, #map-legend, #node-panel h4, #node-panel dt, #node-panel dd",
        ),
      ]
        .map((e) => e.innerText)
        .join(" \n "),
    );
    expect(text).toContain("Tussenpositie");
    expect(text.match(/\b[a-z]+(?:_[a-z0-9]+)+\b/g) ?? []).toEqual([]);
    expect(
      text.match(
        /\b(the|and|with|unknown|provincial|regional|local|organisations?|relations?|barriers?)\b/gi,
      ) ?? [],
    ).toEqual([]);
    expect(text.match(/(?<![\d.])(?:0\.\d+|\d+\.\d{1,2}(?![\d.]))/g) ?? []).toEqual([]);
    await w.page.close();
  });

  it("draws suggested links in a colour no sector or category uses", () => {
    const used = [...Object.values(SECTOR_COLOURS), ...CATEGORY_PALETTE].map((c) => c.toLowerCase());
    expect(used).not.toContain(SUGGESTION_COLOUR.toLowerCase());
  });
});
