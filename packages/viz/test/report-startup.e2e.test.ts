/**
 * The order in which the report page starts (issue 19: a 20,000-organisation map drawn within
 * 2 s of load): the map is drawn once, with its labels, before the controls, search and legend
 * are built, and those follow only after the browser has had a frame to show it. The labels of
 * that frame are placed before sigma exists (initial-frame.ts), on the positions sigma then uses. Order, not time:
 * every WebGL and label draw before the probe's `rendered` is recorded with what the page held then.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderReportHtml } from "../src/report/render.ts";
import { launch, openWatched } from "./helpers/browser.ts";
import { sampleModel } from "./helpers/sample-model.ts";

let browser: Browser;
let dir: string;
let url: string;
/** Over LARGE_MAP (3,000) organisations: nodes and relations drawn the cheap way. */
let largeUrl: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ecolens-startup-"));
  const file = join(dir, "report.html");
  writeFileSync(file, await renderReportHtml(sampleModel(120), { lang: "en" }));
  url = pathToFileURL(file).href;
  const large = join(dir, "large.html");
  writeFileSync(large, await renderReportHtml(sampleModel(3100), { lang: "en" }));
  largeUrl = pathToFileURL(large).href;
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Draw {
  /** Which sigma canvas (its class) and whether the draw went to the screen or a picking buffer. */
  canvas: string;
  screen: boolean;
  /** Filter controls present in the page when the draw was made. */
  controls: number;
  /** The primitive (0 points, 1 lines, 4 triangles) and how many items (instances or vertices). */
  mode: number;
  count: number;
}

/** Records each non-empty draw (WebGL) and each label (2D text) made before `rendered` is true. */
function recordDrawsBeforeFirstFrame(): void {
  const w = window as unknown as { __draws: Draw[]; __labels: number; __ecolens?: { rendered: boolean } };
  w.__draws = [];
  w.__labels = 0;
  const before = () => !w.__ecolens?.rendered;
  const controls = () => document.getElementById("map-controls")?.childElementCount ?? -1;
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    for (const name of ["drawArrays", "drawArraysInstanced", "drawElements"] as const) {
      const original = (proto as any)[name];
      if (!original) continue;
      (proto as any)[name] = function (this: WebGLRenderingContext, ...args: number[]) {
        const count = name === "drawArraysInstanced" ? args[3] : args[2];
        if (before() && count > 0)
          w.__draws.push({
            canvas: (this.canvas as HTMLCanvasElement).className,
            screen: this.getParameter(this.FRAMEBUFFER_BINDING) === null,
            controls: controls(),
            mode: args[0],
            count,
          });
        return original.apply(this, args);
      };
    }
  }
  const fillText = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (...args: Parameters<typeof fillText>) {
    if (before() && (this.canvas as HTMLCanvasElement).className.includes("labels")) w.__labels++;
    return fillText.apply(this, args);
  };
}

describe("the report page starts with its map", () => {
  it("draws the map once, with its labels, before the controls exist", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(recordDrawsBeforeFirstFrame);
    await page.goto(url);
    await page.waitForFunction(() => (window as any).__ecolens?.ready && (window as any).__ecolens?.rendered);
    const { draws, labels } = await page.evaluate(() => ({
      draws: (window as any).__draws as Draw[],
      labels: (window as any).__labels as number,
    }));
    // Nodes and relations, each canvas drawn once: no frame thrown away before the map shows.
    const onScreen = draws.filter((d) => d.screen);
    expect(onScreen.map((d) => d.canvas).sort()).toEqual(["sigma-edges", "sigma-nodes"]);
    expect(labels).toBeGreaterThan(0);
    // A small map: nodes as discs of triangles, relations as rectangles of triangles.
    expect(onScreen.map((d) => d.mode)).toEqual([4, 4]);
    expect(draws.every((d) => d.controls === 0)).toBe(true);
    // Afterwards everything is there.
    expect(await page.locator("#map-controls select").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("wires controls, search and legend only after a frame has passed; labels sit where sigma draws", async () => {
    const w = await openWatched(browser, url);
    const steps = await w.page.evaluate(() => (window as any).__ecolens.startup);
    expect(steps.map((s: { step: string }) => s.step)).toEqual(["map", "controls"]);
    expect(steps[0].frame).toBe(0);
    expect(steps[1].frame).toBeGreaterThanOrEqual(1);
    // The labels were placed before sigma existed, on positions computed with sigma's functions:
    // the boxes from sigma's live positions are the same.
    const view = await w.page.evaluate(() => (window as any).__ecolens.view);
    expect(view.labels.length).toBeGreaterThan(3);
    expect(view.live.map((b: { key: string }) => b.key)).toEqual(
      view.labels.map((b: { key: string }) => b.key),
    );
    view.labels.forEach((box: Record<string, number>, i: number) => {
      for (const side of ["left", "top", "right", "bottom"])
        expect(Math.abs(box[side] - view.live[i][side])).toBeLessThan(0.5);
    });
    await w.page.fill("#search", "Organisatie 1");
    await w.page.waitForSelector("#search-list li[role=option]");
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it("draws a large map's nodes as points and its relations as lines, in one frame with labels", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(recordDrawsBeforeFirstFrame);
    await page.goto(largeUrl);
    await page.waitForFunction(() => (window as any).__ecolens?.ready && (window as any).__ecolens?.rendered);
    const { draws, labels } = await page.evaluate(() => ({
      draws: (window as any).__draws as Draw[],
      labels: (window as any).__labels as number,
    }));
    const onScreen = draws.filter((d) => d.screen);
    // One draw per program: the relations as lines (3,100 x 2 vertices and more), the overlays
    // (suggestions, hidden until asked for) still as rectangles, the nodes as points.
    expect(onScreen.map((d) => `${d.canvas}:${d.mode}`).sort()).toEqual([
      "sigma-edges:1",
      "sigma-edges:4",
      "sigma-nodes:0",
    ]);
    const lines = onScreen.find((d) => d.mode === 1);
    const rectangles = onScreen.find((d) => d.canvas === "sigma-edges" && d.mode === 4);
    expect(lines?.count).toBeGreaterThan(2 * 3100);
    expect(rectangles?.count).toBeLessThan(200);
    expect(labels).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as any).__ecolens.nodeCount)).toBe(3100);
    await page.close();
  });
});

describe("a link to a section below a large map (review)", () => {
  it("opens at that section on a phone, though the map's controls come after the first frame", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${largeUrl}#charts`);
    await page.waitForFunction(() => (window as any).__ecolens?.ready);
    await page.waitForTimeout(200);
    const top = await page.evaluate(() => document.getElementById("charts")!.getBoundingClientRect().top);
    // scroll-margin-top is 5.5rem (88 px): the section starts just below it.
    expect(Math.abs(top - 88)).toBeLessThanOrEqual(2);
    await page.close();
  });
});
