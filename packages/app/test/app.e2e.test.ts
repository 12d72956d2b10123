/**
 * The app in headless chromium: the Westhoek files give the numbers the engine gives in Node
 * (import report counts, headline figures), with no request to another origin and no console
 * error; the messy example names its rejected rows; the page works by keyboard and at 360 and
 * 1440 px without sideways scrolling; the session comes back after a reload and "forget this
 * data" erases it.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { analyseNetwork } from "@ecolens/analysis";
import { type EcoNetwork, importInventoryFiles } from "@ecolens/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AppServer,
  dropFiles,
  exampleFiles,
  figure,
  finishedRuns,
  openApp,
  startApp,
  stopApp,
  type Watched,
  waitForRun,
} from "./helpers/app-browser.ts";

function importNode(files: string[]): EcoNetwork {
  return importInventoryFiles(
    files.map((f) => ({ name: basename(f), bytes: new Uint8Array(readFileSync(f)) })),
  );
}

let app: AppServer;
beforeAll(async () => {
  app = await startApp();
}, 180_000);
afterAll(() => stopApp(app));

function clean(w: Watched): void {
  expect(w.errors).toEqual([]);
  expect(w.foreign).toEqual([]);
  expect(w.dialogs).toEqual([]);
}

describe("Westhoek in the app", () => {
  const files = exampleFiles("westhoek");
  const network = importNode(files);
  const analysis = analyseNetwork(network);
  let w: Watched;

  beforeAll(async () => {
    w = await openApp(app);
    await dropFiles(w.page, files);
  }, 120_000);

  it("shows the import report the engine gives", async () => {
    expect(files).toHaveLength(5);
    const rows = await w.page.$$eval("table.files tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.dataset.kind ?? td.textContent)),
    );
    expect(rows).toEqual(
      network.report.files.map((f) => [
        f.file,
        f.kind,
        String(f.dataRows),
        String(f.imported),
        String(f.rejected),
      ]),
    );
    const errors = await w.page.getAttribute(".import-summary", "data-errors");
    expect(Number(errors)).toBe(network.report.errors);
    const findings = await w.page.$$eval("table.findings tbody tr", (trs) => trs.length);
    expect(findings).toBe(network.report.findings.length);
  });

  it("shows the headline numbers of analyseNetwork (599 organisations)", async () => {
    await w.page.click("#tab-overview");
    expect(await figure(w.page, "organisations")).toBe(analysis.summary.n);
    expect(analysis.summary.n).toBe(599);
    expect(await figure(w.page, "relations")).toBe(network.graph.size);
    expect(await figure(w.page, "ties")).toBe(analysis.summary.m);
    expect(await figure(w.page, "density")).toBeCloseTo(analysis.summary.density as number, 12);
    expect(await figure(w.page, "components")).toBe(analysis.summary.components?.count);
    const brokers = await w.page.$$eval(".top:first-child li .label", (els) => els.map((e) => e.textContent));
    expect(brokers).toEqual(analysis.top.brokers.slice(0, 5).map((b) => b.label));
    clean(w);
  });

  it("has no sideways scroll at 1280, 360 and 1440 px", async () => {
    for (const width of [1280, 360, 1440]) {
      await w.page.setViewportSize({ width, height: 800 });
      for (const tab of ["import", "overview", "downloads"]) {
        await w.page.click(`#tab-${tab}`);
        const overflow = await w.page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${tab} at ${width} px`).toBeLessThanOrEqual(0);
      }
    }
  });

  it("downloads the import report as CSV and the network as GEXF", async () => {
    await w.page.click("#tab-downloads");
    const [csv] = await Promise.all([
      w.page.waitForEvent("download"),
      w.page.click('[data-format="findings-csv"]'),
    ]);
    expect(csv.suggestedFilename()).toBe("ecolens-import.csv");
    const [gexf] = await Promise.all([w.page.waitForEvent("download"), w.page.click('[data-format="gexf"]')]);
    const text = readFileSync(await gexf.path(), "utf8");
    expect(text).toContain("<gexf");
    expect((text.match(/<node /g) ?? []).length).toBe(599);
    clean(w);
  });
});

describe("the messy example", () => {
  it("names its rejected rows and their findings", async () => {
    const files = exampleFiles("messy");
    const network = importNode(files);
    const w = await openApp(app);
    await dropFiles(w.page, files);
    const rows = await w.page.$$eval("table.findings tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")),
    );
    expect(rows.length).toBe(network.report.findings.length);
    const errors = network.report.findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    for (const f of errors)
      expect(rows).toContainEqual([
        "error",
        f.file,
        f.row === undefined ? "" : String(f.row),
        f.column ?? "",
        f.value ?? "",
        f.message.en,
      ]);
    await w.page.selectOption("#severity-filter", "error");
    expect(await w.page.$$eval("table.findings tbody tr", (trs) => trs.length)).toBe(errors.length);
    const rejected = network.report.files.reduce((s, f) => s + f.rejected, 0);
    expect(rejected).toBeGreaterThan(0);
    expect(await w.page.textContent(".import-summary")).toContain(`rejected: ${rejected}`);
    clean(w);
    await w.page.context().close();
  });
});

describe("keyboard, language, session", () => {
  it("opens the file picker, moves between tabs with the arrow keys, switches language", async () => {
    const w = await openApp(app, { locale: "nl-BE" });
    expect(await w.page.getAttribute("html", "lang")).toBe("nl");
    expect(await w.page.textContent("#local-note")).toContain("blijven op deze computer");
    // Listening first: playwright intercepts the file chooser only once the listener is in place.
    const chooserShown = w.page.waitForEvent("filechooser", { timeout: 60_000 });
    // Tab through the page until the file input of this round has the focus.
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await w.page.keyboard.press("Tab");
      reached = await w.page.evaluate(() => document.activeElement?.id === "files-current");
    }
    expect(reached).toBe(true);
    await w.page.keyboard.press("Space");
    const chooser = await chooserShown;
    const before = await finishedRuns(w.page);
    await chooser.setFiles(exampleFiles("westhoek"));
    await waitForRun(w.page, before);
    await w.page.focus("#tab-import");
    await w.page.keyboard.press("ArrowRight");
    expect(await w.page.evaluate(() => document.activeElement?.id)).toBe("tab-overview");
    expect(await w.page.isVisible("#panel-overview")).toBe(true);
    expect(await w.page.isHidden("#panel-import")).toBe(true);
    await w.page.keyboard.press("End");
    expect(await w.page.evaluate(() => document.activeElement?.id)).toBe("tab-downloads");
    expect(await w.page.textContent("#tab-import")).toBe("Importverslag");
    const again = await finishedRuns(w.page);
    // Once loaded, the app needs no request at all: the second run (in English) makes none.
    const requests: string[] = [];
    w.page.context().on("request", (r) => requests.push(r.url()));
    await w.page.focus("#lang");
    await w.page.selectOption("#lang", "en");
    await waitForRun(w.page, again);
    expect(requests).toEqual([]);
    expect(await w.page.getAttribute("html", "lang")).toBe("en");
    expect(await w.page.textContent("#tab-import")).toBe("Import report");
    expect(await w.page.textContent("#local-note")).toContain("stay on this computer");
    clean(w);
    await w.page.context().close();
  });

  it("brings the session back after a reload and forgets it on request", async () => {
    const w = await openApp(app);
    await dropFiles(w.page, exampleFiles("messy"));
    const before = await finishedRuns(w.page);
    await w.page.reload();
    await waitForRun(w.page, before - before);
    expect(await w.page.textContent("#status")).toContain("restored");
    expect(await w.page.isVisible("table.files")).toBe(true);
    await w.page.click("#forget");
    await w.page.waitForFunction(() => document.body.dataset.state === "idle");
    expect(await w.page.textContent("#status")).toContain("Forgotten");
    const names = await w.page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(names).not.toContain("ecolens");
    await w.page.reload();
    await w.page.waitForSelector("body[data-state=idle]");
    expect(await w.page.isHidden("#results")).toBe(true);
    clean(w);
    await w.page.context().close();
  });
});
