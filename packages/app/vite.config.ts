/**
 * The app's build (docs/decisions/0006-browser-app.md): relative asset paths (`base: "./"`, any
 * static host, any sub-path), the worker as an ES module chunk, and two swaps for the browser:
 *
 * - viz's report/bundle.ts (esbuild at report time, in Node) becomes a module holding the viewer
 *   prebuilt here with esbuild, as the CLI's build does (packages/cli/build.ts);
 * - the Node built-ins analysis's parallel runner imports become small shims (src/shims/), and
 *   `buffer` and `string_decoder` (iconv-lite decodes Windows-1252 and UTF-16 through them) their
 *   npm packages.
 */
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { build as esbuild } from "esbuild";
import { defineConfig, type Plugin } from "vite";

const APP = fileURLToPath(new URL(".", import.meta.url));
const VIEWER_ENTRY = fileURLToPath(new URL("../viz/src/viewer/main.ts", import.meta.url));
const BUNDLE_MODULE = /[\\/]viz[\\/]src[\\/]report[\\/]bundle\.ts$/;
const require = createRequire(import.meta.url);

function prebuiltViewer(): Plugin {
  let viewer: Promise<string> | undefined;
  return {
    name: "ecolens-prebuilt-viewer",
    enforce: "pre",
    async load(id) {
      if (!BUNDLE_MODULE.test(id.split("?")[0])) return null;
      viewer ??= esbuild({
        entryPoints: [VIEWER_ENTRY],
        bundle: true,
        write: false,
        format: "iife",
        platform: "browser",
        target: ["es2020"],
        minify: true,
        legalComments: "none",
        charset: "utf8",
        logLevel: "warning",
      }).then((result) => result.outputFiles[0].text);
      const text = await viewer;
      return [
        'export const VIEWER_ENTRY = "";',
        `const VIEWER = ${JSON.stringify(text)};`,
        "export function viewerBundle() { return Promise.resolve(VIEWER); }",
      ].join("\n");
    },
  };
}

export default defineConfig({
  root: APP,
  base: "./",
  logLevel: "warn",
  plugins: [prebuiltViewer()],
  resolve: {
    alias: [
      { find: /^node:os$/, replacement: `${APP}src/shims/node-os.ts` },
      { find: /^node:worker_threads$/, replacement: `${APP}src/shims/node-worker-threads.ts` },
      { find: /^buffer$/, replacement: require.resolve("buffer/") },
      { find: /^string_decoder$/, replacement: require.resolve("string_decoder/") },
    ],
  },
  worker: {
    format: "es",
    plugins: () => [prebuiltViewer()],
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: false,
    // The worker's one big transform is expected; no timing notes in the build's output.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
});
