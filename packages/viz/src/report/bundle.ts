/**
 * Bundles the browser viewer (viewer/main.ts with sigma, graphology and our encoders) into one
 * IIFE with esbuild's JS API, at report time, cached in memory for the life of the process.
 * The only Node-side file that uses esbuild (architecture: viz imports).
 */
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

let cached: Promise<string> | null = null;

export const VIEWER_ENTRY = fileURLToPath(new URL("../viewer/main.ts", import.meta.url));

export function viewerBundle(): Promise<string> {
  if (!cached) {
    cached = build({
      entryPoints: [VIEWER_ENTRY],
      bundle: true,
      write: false,
      format: "iife",
      platform: "browser",
      target: ["es2020"],
      minify: true,
      legalComments: "none",
      charset: "utf8",
      logLevel: "silent",
    }).then((result) => result.outputFiles[0].text);
    cached.catch(() => {
      cached = null;
    });
  }
  return cached;
}
