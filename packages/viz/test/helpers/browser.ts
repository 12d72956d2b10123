/**
 * Headless Debian chromium for the e2e tests (flags: src/browser-flags.ts). A missing chromium
 * is a failure, never a skip: the report's browser behaviour is the product.
 */
import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM_PATH } from "../../src/browser-flags.ts";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `chromium not found at ${CHROMIUM}: install it with 'apt-get -o DPkg::Lock::Timeout=300 install -y -qq chromium' (CI=${process.env.CI ?? "unset"})`,
    );
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface Watched {
  page: Page;
  errors: string[];
  /** Requests other than file:, data: and blob: (there must be none). */
  network: string[];
  dialogs: string[];
}

export async function openWatched(
  browser: Browser,
  url: string,
  viewport = { width: 1280, height: 900 },
): Promise<Watched> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  const watched: Watched = { page, errors: [], network: [], dialogs: [] };
  page.on("console", (m) => {
    if (m.type() === "error") watched.errors.push(m.text());
  });
  page.on("pageerror", (e) => watched.errors.push(e.message));
  page.on("request", (r) => {
    if (!/^(file|data|blob):/.test(r.url())) watched.network.push(r.url());
  });
  page.on("dialog", (d) => {
    watched.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  await page.waitForFunction(
    () => (window as any).__ecolens?.ready && (window as any).__ecolens?.rendered,
    null,
    {
      timeout: 30_000,
    },
  );
  return watched;
}

/** Pixels that are not (near) white: anything drawn. */
export function inkPixels(png: { data: Uint8Array | Buffer }): number {
  let ink = 0;
  for (let i = 0; i < png.data.length; i += 4)
    if (Math.min(png.data[i], png.data[i + 1], png.data[i + 2]) < 225) ink++;
  return ink;
}

/** Saturated pixels in a PNG (node colours; edges, labels and background are grey). */
export function colouredPixels(png: { data: Uint8Array | Buffer }): number {
  let coloured = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const r = png.data[i];
    const g = png.data[i + 1];
    const b = png.data[i + 2];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
  }
  return coloured;
}
