/**
 * Untrusted text stays text: organisation names and values made to look like HTML, script and
 * spreadsheet formulas are shown literally in the app (no dialog, no element made from them) and
 * come out formula-safe in the CSV downloads.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AppServer,
  dropFiles,
  openApp,
  reportFrame,
  startApp,
  stopApp,
  type Watched,
} from "./helpers/app-browser.ts";

const IMG = "<img src=x onerror=alert(1)>";
const LINK = '=HYPERLINK("http://evil.example","klik")';
const SCRIPT = "</script><script>alert(2)</script>";
const BOLD = "<b>vet</b>";

const ORGS = [
  "organisatie_id;naam;type;gemeente",
  `o1;${IMG};bibliotheek;Ieper`,
  `o2;"${LINK.replace(/"/g, '""')}";bibliotheek;Ieper`,
  `o3;${SCRIPT};jeugdhuis;Poperinge`,
  "o4;Gewone naam & co;museum;Ieper",
  `o5;Vijf;${BOLD};Ieper`,
].join("\n");
const RELS = ["van;naar;relatietype", "o1;o2;info", "o2;o3;info", "o3;o4;info", "o4;o5;info"].join("\n");

let app: AppServer;
let dir: string;
let w: Watched;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ecolens-hostile-"));
  writeFileSync(join(dir, "organisaties.csv"), ORGS);
  writeFileSync(join(dir, "relaties.csv"), RELS);
  app = await startApp();
  w = await openApp(app);
  await dropFiles(w.page, [join(dir, "organisaties.csv"), join(dir, "relaties.csv")]);
}, 180_000);
afterAll(async () => {
  await stopApp(app);
  rmSync(dir, { recursive: true, force: true });
});

describe("hostile names", () => {
  it("shows names and values literally, with no element or dialog made from them", async () => {
    await w.page.click("#tab-overview");
    const labels = await w.page.$$eval(".top li .label", (els) => els.map((e) => e.textContent));
    expect(labels).toContain(LINK);
    expect(labels).toContain(SCRIPT);
    await w.page.click("#tab-import");
    const values = await w.page.$$eval("table.findings td.value", (tds) => tds.map((td) => td.textContent));
    expect(values).toContain(BOLD);
    expect(await w.page.$$eval("img, b, script:not([src])", (els) => els.length)).toBe(0);
    expect(w.dialogs).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
  });

  it("keeps them text in the report's frame too", async () => {
    const frame = await reportFrame(w.page);
    const text = await frame.evaluate(() => document.body.innerText);
    expect(text).toContain(SCRIPT);
    expect(text).toContain(LINK);
    expect(await frame.evaluate(() => document.querySelectorAll("img[src=x], b").length)).toBe(0);
    expect(w.dialogs).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
  }, 90_000);

  it("writes formula-safe CSV", async () => {
    await w.page.click("#tab-downloads");
    const [nodes] = await Promise.all([
      w.page.waitForEvent("download"),
      w.page.click('[data-format="nodes-csv"]'),
    ]);
    const text = readFileSync(await nodes.path(), "utf8");
    expect(text).toContain(`'${LINK.replace(/"/g, '""')}`);
    expect(text).not.toMatch(/(^|;)"?=HYPERLINK/m);
  });
});
