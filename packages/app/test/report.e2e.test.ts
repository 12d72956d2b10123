/**
 * The report inside the app: the same engine as `ecolens report` draws the Westhoek map in the
 * sandboxed frame, the map search works by keyboard, the page downloads as one HTML file, and a
 * second round dropped beside the first adds "What changed".
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AppServer,
  dropFiles,
  exampleFiles,
  openApp,
  reportFrame,
  startApp,
  stopApp,
} from "./helpers/app-browser.ts";

interface Probe {
  nodeCount: number;
  selected: string | null;
}
declare const window: Window & { __ecolens: Probe };

let app: AppServer;
beforeAll(async () => {
  app = await startApp();
}, 180_000);
afterAll(() => stopApp(app));

describe("the report in the app", () => {
  it("draws the Westhoek map and finds an organisation by keyboard", async () => {
    const w = await openApp(app);
    await dropFiles(w.page, exampleFiles("westhoek"));
    const frame = await reportFrame(w.page);
    expect(await frame.evaluate(() => window.__ecolens.nodeCount)).toBe(599);
    await frame.focus("#search");
    await w.page.keyboard.type("VIVES");
    await frame.waitForSelector("#search-list li[role=option]");
    await w.page.keyboard.press("Enter");
    await frame.waitForFunction(() => window.__ecolens.selected !== null);
    expect(await frame.textContent("#panel-title")).toContain("VIVES");
    await w.page.click("#tab-downloads");
    const [download] = await Promise.all([
      w.page.waitForEvent("download"),
      w.page.click('[data-format="report"]'),
    ]);
    const html = readFileSync(await download.path(), "utf8");
    expect(html.startsWith("<!doctype html>") || html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("Westhoek");
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
    expect(w.dialogs).toEqual([]);
    await w.page.context().close();
  }, 120_000);

  it("adds 'What changed' when an earlier round is dropped beside this one", async () => {
    const w = await openApp(app, { locale: "nl-BE" });
    // Only an earlier round: nothing to analyse yet, the round lists its files.
    await w.page.setInputFiles("#files-previous", exampleFiles("westhoek"));
    await w.page.waitForFunction(() =>
      document.querySelector("#chosen-previous")?.textContent?.startsWith("Bestanden (5)"),
    );
    expect(await w.page.isHidden("#results")).toBe(true);
    await dropFiles(w.page, exampleFiles("westhoek-2025"), "current");
    const frame = await reportFrame(w.page);
    expect(await frame.isVisible("#changes")).toBe(true);
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe("nl");
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
    await w.page.context().close();
  }, 120_000);
});
