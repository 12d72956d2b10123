/**
 * The browser tests' app: built once (when its sources changed), served from packages/app/dist on
 * 127.0.0.1 with a free port, opened in headless Debian chromium (flags: viz/src/browser-flags.ts).
 * A missing chromium is a failure, never a skip. Every page is watched: console errors, page
 * errors, dialogs and any request that is not to the app's own origin (or data:/blob:).
 */
import { existsSync } from "node:fs";
import type { Server } from "node:http";
import { type Browser, chromium, type Frame, type Page } from "playwright-core";
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM_PATH } from "../../../viz/src/browser-flags.ts";
import { buildApp, DIST, serveDist } from "../../serve.ts";

export { EXAMPLES, exampleFiles } from "./examples.ts";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;

export interface AppServer {
  browser: Browser;
  server: Server;
  url: string;
}

export async function startApp(): Promise<AppServer> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `chromium not found at ${CHROMIUM}: install it with 'apt-get -o DPkg::Lock::Timeout=300 install -y -qq chromium' (CI=${process.env.CI ?? "unset"})`,
    );
  await buildApp({ ifStale: true });
  const { server, url } = await serveDist(DIST, 0);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return { browser, server, url };
}

export async function stopApp(app: AppServer | undefined): Promise<void> {
  await app?.browser.close();
  await new Promise<void>((resolve) => (app ? app.server.close(() => resolve()) : resolve()));
}

export interface Watched {
  page: Page;
  errors: string[];
  foreign: string[];
  dialogs: string[];
}

export async function openApp(
  app: AppServer,
  { width = 1280, height = 900, locale = "en-GB", init = "" } = {},
): Promise<Watched> {
  const context = await app.browser.newContext({
    viewport: { width, height },
    locale,
    acceptDownloads: true,
  });
  // A script run before the page's own (e.g. to take IndexedDB away, as a private window may).
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const watched: Watched = { page, errors: [], foreign: [], dialogs: [] };
  const origin = new URL(app.url).origin;
  page.on("console", (m) => {
    if (m.type() === "error") watched.errors.push(m.text());
  });
  page.on("pageerror", (e) => watched.errors.push(e.message));
  context.on("request", (r) => {
    const url = r.url();
    if (!/^(data|blob|about):/.test(url) && new URL(url).origin !== origin) watched.foreign.push(url);
  });
  page.on("dialog", (d) => {
    watched.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(app.url);
  await page.waitForSelector("body[data-state]");
  return watched;
}

/** Chooses files for a round and waits until the worker is done. */
export async function dropFiles(
  page: Page,
  /** Paths, or files made in the test ({ name, mimeType, buffer }). */
  files: Parameters<Page["setInputFiles"]>[1],
  round: "current" | "previous" = "current",
): Promise<void> {
  const before = await finishedRuns(page);
  await page.setInputFiles(`#files-${round}`, files);
  await waitForRun(page, before);
}

export async function finishedRuns(page: Page): Promise<number> {
  return Number((await page.getAttribute("body", "data-finished")) ?? 0);
}

/** Waits until a run after the `before`-th has finished (done or failed). */
export async function waitForRun(page: Page, before: number): Promise<void> {
  await page.waitForFunction((n) => Number(document.body.dataset.finished ?? 0) > n, before, {
    timeout: 60_000,
  });
}

export async function figure(page: Page, id: string): Promise<number> {
  const raw = await page.getAttribute(`[data-figure="${id}"]`, "data-value");
  return Number(raw);
}

/** The report's frame once its viewer has drawn the map (window.__ecolens in the report page). */
export async function reportFrame(page: Page): Promise<Frame> {
  await page.click("#tab-report");
  const handle = await page.waitForSelector("#report-frame", { timeout: 60_000 });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error("the report iframe has no document");
  await frame.waitForFunction(
    () =>
      (window as unknown as { __ecolens?: { ready: boolean; rendered: boolean } }).__ecolens?.rendered ===
      true,
    null,
    { timeout: 60_000 },
  );
  return frame;
}
