/**
 * What a newcomer and a hostile file would stumble on (issue 17, review): the import report in
 * Dutch says what each file was read as in Dutch; its table keeps whole words at 1440 and 390 px;
 * a file name with a bidi override or of 10,000 characters cannot turn the line around or fill
 * the page; a picture renamed .csv is named as such instead of read as a hundred broken rows.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AppServer,
  dropFiles,
  exampleFiles,
  openApp,
  reportFrame,
  startApp,
  stopApp,
  type Watched,
} from "./helpers/app-browser.ts";

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

/** How many lines the text of each cell matching `selector` takes. */
function lineCounts(page: Page, selector: string): Promise<number[]> {
  return page.$$eval(selector, (cells) =>
    cells.map((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      return tops.size;
    }),
  );
}

describe("the import report for a newcomer", () => {
  it("names the kinds of file in Dutch in the Dutch page", async () => {
    const w = await openApp(app, { locale: "nl-BE" });
    await dropFiles(w.page, exampleFiles("westhoek"));
    const kinds = await w.page.$$eval("table.files td[data-kind]", (tds) => tds.map((td) => td.textContent));
    expect(kinds).toEqual(["engagementen op drempels", "drempels", "leerkansen", "organisaties", "relaties"]);
    clean(w);
    await w.page.context().close();
  }, 120_000);

  it("says under each headline number and the brokers' values what they mean", async () => {
    const w = await openApp(app, { locale: "nl-BE" });
    await dropFiles(w.page, exampleFiles("messy"));
    await w.page.click("#tab-overview");
    const hints = await w.page.$$eval("[data-figure]", (figs) =>
      figs.map((f) => [f.getAttribute("data-figure"), f.querySelector(".hint")?.textContent ?? ""]),
    );
    const explained = hints.filter(([, hint]) => (hint ?? "").length > 10).map(([id]) => id);
    expect(explained).toEqual(["relations", "ties", "density", "components", "largest", "isolates"]);
    expect(await w.page.textContent(".top .hint")).toContain("kortste wegen");
    clean(w);
    await w.page.context().close();
  }, 120_000);

  it("keeps the severity and the row number on one line at 1440 and 390 px", async () => {
    const w = await openApp(app, { width: 1440, locale: "nl-BE" });
    await dropFiles(w.page, exampleFiles("messy"));
    for (const width of [1440, 390]) {
      await w.page.setViewportSize({ width, height: 844 });
      const severity = await lineCounts(w.page, "table.findings tbody td:first-child");
      expect(severity.length).toBeGreaterThan(10);
      expect(
        severity.filter((n) => n !== 1),
        `severity cells at ${width} px`,
      ).toEqual([]);
      const rows = await lineCounts(w.page, "table.findings tbody td.num");
      expect(
        rows.filter((n) => n > 1),
        `row cells at ${width} px`,
      ).toEqual([]);
      if (width === 1440) {
        const files = await lineCounts(w.page, "table.findings tbody td.file");
        expect(
          files.filter((n) => n > 1),
          "file cells at 1440 px",
        ).toEqual([]);
      }
      const overflow = await w.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `page at ${width} px`).toBeLessThanOrEqual(0);
    }
    clean(w);
    await w.page.context().close();
  }, 120_000);
});

describe("the language switch", () => {
  it("switched while the first run still works, gives the report in the new language", async () => {
    const w = await openApp(app, { locale: "nl-BE" });
    await w.page.setInputFiles("#files-current", exampleFiles("westhoek"));
    await w.page.waitForFunction(() => document.body.dataset.state === "running");
    await w.page.selectOption("#lang", "en");
    await w.page.waitForFunction(() => document.body.dataset.state === "done", null, { timeout: 120_000 });
    const frame = await reportFrame(w.page);
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await w.page.textContent("#tab-import")).toBe("Import report");
    clean(w);
    await w.page.context().close();
  }, 180_000);
});

describe("cancel", () => {
  it("leaves no earlier result whose downloads would fail (the worker that held it is ended)", async () => {
    const w = await openApp(app, { locale: "nl-BE" });
    await dropFiles(w.page, exampleFiles("messy"));
    expect(await w.page.isVisible("#results")).toBe(true);
    await w.page.setInputFiles("#files-previous", exampleFiles("westhoek"));
    await w.page.waitForFunction(() => document.body.dataset.state === "running");
    await w.page.click("#cancel");
    expect(await w.page.textContent("#status")).toBe("Geannuleerd.");
    expect(await w.page.isHidden("#results")).toBe(true);
    await dropFiles(w.page, exampleFiles("messy"));
    await w.page.click("#tab-downloads");
    const [csv] = await Promise.all([
      w.page.waitForEvent("download"),
      w.page.click('[data-format="findings-csv"]'),
    ]);
    expect(csv.suggestedFilename()).toBe("ecolens-import.csv");
    clean(w);
    await w.page.context().close();
  }, 180_000);
});

describe("choosing files", () => {
  it("is a button in the page's language; the browser's own 'No file chosen' is out of sight", async () => {
    const w = await openApp(app, { locale: "nl-BE" });
    const input = await w.page.$eval("#files-current", (e) => e.getBoundingClientRect().width);
    expect(input).toBeLessThanOrEqual(1);
    const chooser = w.page.waitForEvent("filechooser", { timeout: 30_000 });
    await w.page.click("label.picker:has(#files-current)");
    await (await chooser).setFiles(exampleFiles("messy"));
    await w.page.waitForFunction(() => document.body.dataset.state === "done");
    expect(await w.page.textContent("#chosen-current")).toContain("Bestanden (2)");
    clean(w);
    await w.page.context().close();
  }, 120_000);
});

describe("a browser that keeps nothing (private window, no IndexedDB)", () => {
  it("says so next to the promise, and still says so after a run", async () => {
    const w = await openApp(app, { locale: "nl-BE", init: "delete window.indexedDB;" });
    await dropFiles(w.page, exampleFiles("messy"));
    expect(await w.page.isVisible("#storage-note")).toBe(true);
    expect(await w.page.textContent("#storage-note")).toContain("bewaart niets");
    expect(await w.page.textContent("#status")).toBe("Klaar.");
    clean(w);
    await w.page.context().close();
  }, 120_000);
});

describe("on a phone", () => {
  it("the header scrolls away instead of covering the tabs at 360 px, and stays at 1440 px", async () => {
    const w = await openApp(app, { width: 360, height: 740, locale: "nl-BE" });
    await dropFiles(w.page, exampleFiles("messy"));
    const covered = async () =>
      w.page.evaluate(() => {
        document.getElementById("tabs")?.scrollIntoView();
        const bar = document.querySelector(".bar")?.getBoundingClientRect();
        const tabs = document.getElementById("tabs")?.getBoundingClientRect();
        return bar && tabs ? bar.bottom > tabs.top + 1 : true;
      });
    expect(await covered(), "tabs under the header at 360 px").toBe(false);
    await w.page.setViewportSize({ width: 1440, height: 900 });
    const sticky = await w.page.evaluate(
      () => getComputedStyle(document.querySelector(".bar") as Element).position,
    );
    expect(sticky).toBe("sticky");
    clean(w);
    await w.page.context().close();
  }, 120_000);
});

describe("hostile file names and files", () => {
  it("shows an override character as ⟦U+202E⟧ and cuts a 10,000-character name", async () => {
    const w = await openApp(app, { width: 390, height: 844 });
    const long = `${"A".repeat(10_000)}.csv`;
    const spoof = "rapport\u202Evsc.exe.csv";
    const orgs = "organisatie_id;naam;type;gemeente\no1;Een;museum;Ieper\no2;Twee;museum;Ieper\n";
    await dropFiles(w.page, [
      { name: spoof, mimeType: "text/csv", buffer: Buffer.from(orgs) },
      { name: long, mimeType: "text/csv", buffer: Buffer.from("van;naar\no1;o2\n") },
    ]);
    const chosen = (await w.page.textContent("#chosen-current")) ?? "";
    expect(chosen).toContain("rapport⟦U+202E⟧vsc.exe.csv");
    expect(chosen).not.toContain("\u202E");
    expect(chosen.length).toBeLessThan(400);
    const cells = await w.page.$$eval("table.files td.file", (tds) => tds.map((td) => td.textContent ?? ""));
    expect(cells.some((c) => c.includes("\u202E"))).toBe(false);
    expect(Math.max(...cells.map((c) => c.length))).toBeLessThan(200);
    const titles = await w.page.$$eval("table.files td.file", (tds) =>
      tds.map((td) => td.getAttribute("title")),
    );
    expect(titles).toContain(long);
    const height = await w.page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(4000);
    clean(w);
    await w.page.context().close();
  }, 120_000);

  it("names a picture renamed .csv as a picture, not as a hundred broken rows", async () => {
    const w = await openApp(app);
    await dropFiles(w.page, [{ name: "foto.csv", mimeType: "text/csv", buffer: pngBytes() }]);
    const ignored = await w.page.$$eval(".ignored li", (lis) => lis.map((li) => li.textContent));
    expect(ignored).toEqual([
      "foto.csv: this is not a text (CSV) file but a PNG file: choose the CSV file or the Excel workbook (.xlsx) itself",
    ]);
    expect(await w.page.$$eval("table.findings tbody tr", (trs) => trs.length)).toBe(0);
    clean(w);
    await w.page.context().close();
  }, 120_000);
});

/** The first bytes of a PNG (signature and IHDR) and some image-like noise. */
function pngBytes(): Buffer {
  const head = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
  const noise = Array.from({ length: 4000 }, (_, i) => (i * 37 + 11) % 256);
  return Buffer.from([...head, ...noise]);
}
