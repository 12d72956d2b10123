/**
 * The municipality map of the Westhoek report in a real browser (Debian chromium, as in
 * report.e2e.test.ts; a missing chromium fails): 18 `[data-nis]` shapes, legend, attribution,
 * recolouring when the figure changes, the click panel, a finding shown on the map, and the
 * network map's layout switch (every organisation inside its municipality), at 1440 and 390 px.
 * Screenshots go to the system's temporary folder (ecolens-geo-*.png) for a look by eye.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { importInventory } from "@ecolens/core";
import { buildReportModel } from "@ecolens/report";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFolder } from "../../cli/src/shared/input.ts";
import { RAMP } from "../src/geo/classes.ts";
import { renderReportHtml } from "../src/report/render.ts";
import { launch, openWatched } from "./helpers/browser.ts";

const WESTHOEK =
  "32003 32006 32010 32011 32030 33011 33016 33021 33029 33037 33039 33040 33041 38002 38008 38014 38016 38025".split(
    " ",
  );
const EXAMPLE = fileURLToPath(new URL("../../../data/examples/westhoek", import.meta.url));

let browser: Browser;
let dir: string;
let url: string;
let organisations = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ecolens-geo-"));
  const network = importInventory(readFolder(EXAMPLE));
  organisations = network.graph.order;
  const model = await buildReportModel(network, "nl");
  const file = join(dir, "westhoek.html");
  writeFileSync(file, await renderReportHtml(model, { lang: "nl" }));
  url = pathToFileURL(file).href;
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const probe = (page: import("playwright-core").Page) =>
  page.evaluate(() => {
    const g = (window as any).__ecolensGeo;
    return {
      figure: g.figure as string,
      layout: g.layout as string,
      fills: g.fills() as Record<string, string>,
    };
  });

for (const width of [1440, 390]) {
  describe(`the municipality map at ${width} px`, () => {
    it("shows the 18 Westhoek municipalities with data-nis, a legend with class breaks and the attribution", async () => {
      const w = await openWatched(browser, url, { width, height: 900 });
      const codes = await w.page
        .locator("#geo-map path[data-nis]")
        .evaluateAll((ps) => ps.map((p) => p.getAttribute("data-nis")));
      expect(codes).toEqual(WESTHOEK);
      expect(await w.page.locator("#geo-map path[data-context-nis]").count()).toBeGreaterThan(3);
      // The same numbers as a table: one row per municipality.
      expect(await w.page.locator("#table-places tbody tr").count()).toBe(18);
      const legend = w.page.locator(".geo-legend:not([hidden]) ul[data-l='nl'] li");
      const rows = await legend.allTextContents();
      expect(rows.length).toBe(6); // five classes and the neighbour swatch
      expect(rows[0]).toMatch(/^\d+,\d – \d+,\d \(\d+\)$/);
      await expect
        .poll(() => w.page.locator(".geo-credit [data-l='nl']").textContent())
        .toContain("© Statbel");
      expect(await w.page.locator(".geo-credit [data-l='nl']").isVisible()).toBe(true);
      await w.page.locator("#places").screenshot({ path: join(tmpdir(), `ecolens-geo-places-${width}.png`) });
      expect(w.errors).toEqual([]);
      expect(w.network).toEqual([]);
      await w.page.close();
    });

    it("recolours when another figure is chosen, and the panel gives every figure of a municipality", async () => {
      const w = await openWatched(browser, url, { width, height: 900 });
      const before = await probe(w.page);
      expect(before.figure).toBe("organisations_per_10000");
      await w.page.selectOption("#geo-figure", "white_spots");
      const after = await probe(w.page);
      expect(after.figure).toBe("white_spots");
      expect(after.fills).not.toEqual(before.fills);
      expect(await w.page.locator(".geo-legend[data-figure='white_spots']").isVisible()).toBe(true);
      expect(await w.page.locator(".geo-legend[data-figure='organisations_per_10000']").isVisible()).toBe(
        false,
      );
      await w.page.locator("#geo-map path[data-nis='33011']").click();
      const panel = w.page.locator("#geo-panel");
      await expect.poll(() => panel.isVisible()).toBe(true);
      expect(await panel.locator("h3").textContent()).toBe("Ieper");
      expect(await panel.textContent()).toContain("34.995 inwoners op 1 januari 2020");
      expect(await panel.locator("dt").count()).toBeGreaterThan(8);
      await w.page.close();
    });

    it("'show on the map' beside a finding switches to its figure and outlines the lightest municipalities it names", async () => {
      const w = await openWatched(browser, url, { width, height: 900 });
      await w.page.selectOption("#geo-figure", "offerings");
      const item = w.page.locator("li[data-geo-finding='FEWEST_PER_10000']");
      const places = ((await item.getAttribute("data-places")) ?? "").split(" ");
      expect(places).toHaveLength(3);
      await item.locator("button[data-geo-show]").click();
      const state = await probe(w.page);
      expect(state.figure).toBe("organisations_per_10000");
      const hit = await w.page
        .locator("#geo-map path.geo-hit")
        .evaluateAll((ps) => ps.map((p) => p.getAttribute("data-nis")));
      expect(hit.sort()).toEqual([...places].sort());
      // The fewest organisations per inhabitant sit in the lightest classes of the map.
      for (const nis of places) expect(RAMP.slice(0, 2)).toContain(state.fills[nis]);
      await w.page.close();
    });

    it("the layout switch puts every organisation inside its municipality; filters keep working", async () => {
      const w = await openWatched(browser, url, { width, height: 900 });
      await w.page.click("button[data-layout='geo']");
      expect((await probe(w.page)).layout).toBe("geo");
      const inside = await w.page.evaluate(() => (window as any).__ecolensGeo.inside());
      expect(inside.checked).toBeGreaterThan(organisations * 0.9);
      expect(inside.inside).toBe(inside.checked);
      expect(await w.page.locator(".geo-underlay").isVisible()).toBe(true);
      expect(await w.page.locator(".layout-key").isVisible()).toBe(true);
      // The labels are placed again for the new positions: none left where the node was.
      await w.page.waitForTimeout(300);
      const view = await w.page.evaluate(() => (window as any).__ecolens.view);
      expect(view.labels.length).toBeGreaterThan(3);
      view.labels.forEach((box: Record<string, number>, i: number) => {
        for (const side of ["left", "top"])
          expect(Math.abs(box[side] - view.live[i][side])).toBeLessThan(0.5);
      });
      await w.page.selectOption("#filter-municipality", { index: 1 });
      await w.page.waitForFunction((n) => (window as any).__ecolens.visibleNodes < n, organisations);
      await w.page.locator("#map").screenshot({ path: join(tmpdir(), `ecolens-geo-network-${width}.png`) });
      await w.page.click("#filter-reset");
      await w.page.click("button[data-layout='force']");
      expect((await probe(w.page)).layout).toBe("force");
      expect(await w.page.locator(".geo-underlay").isVisible()).toBe(false);
      expect(w.errors).toEqual([]);
      await w.page.close();
    });
  });
}

/** Records where the network map sat on the page when its first frame was drawn. */
function recordMapTopAtFirstDraw(): void {
  const w = window as unknown as { __mapTop?: number };
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype])
    for (const name of ["drawArrays", "drawArraysInstanced", "drawElements"] as const) {
      const original = (proto as any)[name];
      if (!original) continue;
      (proto as any)[name] = function (this: WebGLRenderingContext, ...args: number[]) {
        const box = document.getElementById("sigma-container")?.getBoundingClientRect();
        if (w.__mapTop === undefined && box) w.__mapTop = box.top + window.scrollY;
        return original.apply(this, args);
      };
    }
}

describe("the page does not move once the map is drawn (review)", () => {
  it("the layout switch's bar is in place before the map's first frame", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(recordMapTopAtFirstDraw);
    await page.goto(url);
    await page.waitForFunction(() => (window as any).__ecolens?.ready);
    const { first, now } = await page.evaluate(() => ({
      first: (window as any).__mapTop as number,
      now: document.getElementById("sigma-container")!.getBoundingClientRect().top + window.scrollY,
    }));
    expect(await page.locator(".layout-switch").count()).toBe(1);
    expect(now).toBe(first);
    await page.close();
  });
});

describe("the detail panel beside the map at 1440 px (review)", () => {
  it("a searched organisation is shown beside the panel, not under it", async () => {
    const w = await openWatched(browser, url, { width: 1440, height: 900 });
    await w.page.fill("#search", "Stad Lo");
    await w.page.waitForSelector("#search-list li[role=option]");
    await w.page.keyboard.press("Enter");
    await w.page.waitForFunction(() => (window as any).__ecolens.selected !== null);
    await w.page.waitForTimeout(700);
    const { at, map, panel } = await w.page.evaluate(() => ({
      at: (window as any).__ecolens.view.selectedAt as { x: number; y: number },
      map: document.getElementById("sigma-container")!.getBoundingClientRect().toJSON(),
      panel: document.getElementById("node-panel")!.getBoundingClientRect().toJSON(),
    }));
    const overlaps = panel.left < map.right && panel.top < map.bottom && panel.bottom > map.top;
    expect(overlaps).toBe(true); // the case under test: at 1440 the panel lies over the map
    // Centred in the part of the map the panel leaves free, with room for its label and ties.
    const free = panel.left - map.left;
    expect(at.x).toBeGreaterThan(free * 0.25);
    expect(at.x).toBeLessThan(free * 0.75);
    expect(w.errors).toEqual([]);
    await w.page.close();
  });
});
