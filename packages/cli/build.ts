/**
 * `pnpm build`: bundles the CLI into plain JavaScript under packages/cli/dist (docs/decisions/0004):
 *
 * - `ecolens.mjs`: the CLI with every workspace package and library bundled in (no runtime
 *   dependencies, no tsx);
 * - `worker.mjs`: the all-pairs worker thread of analysis/parallel (found beside the CLI bundle);
 * - `layout-worker.mjs`: the report's map layout on its own thread (cli/src/shared/layout-thread.ts);
 * - `viewer.js`: the report's browser viewer, bundled once here instead of at report time, so the
 *   installed CLI needs no esbuild: the build swaps viz's report/bundle.ts for a reader of this file;
 * - `examples/`: the Westhoek example inventories, for `ecolens start` outside the repository;
 * - `LICENSE`, a copy of the repository's.
 *
 * `--if-stale` skips the build when dist/ is newer than every input (what `pnpm start` runs).
 * Run from the repository root or anywhere: paths are taken from this file.
 */

import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";

const CLI_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(CLI_DIR, "../..");
const DIST = join(CLI_DIR, "dist");
/** Built here first and renamed to dist/ at the end, so a failed build leaves no half dist/. */
const NEXT = join(CLI_DIR, "dist.next");
const STAMP = join(DIST, "build-info.json");
const EXAMPLES = ["westhoek", "westhoek-2025"];
const MANIFEST = JSON.parse(readFileSync(join(CLI_DIR, "package.json"), "utf8")) as {
  version: string;
  dependencies?: Record<string, string>;
};

/** Node built-ins stay imports; CommonJS libraries inside the ESM bundle get a real `require`. */
const BANNER = [
  "#!/usr/bin/env node",
  'import { createRequire as __ecolensCreateRequire } from "node:module";',
  "const require = __ecolensCreateRequire(import.meta.url);",
].join("\n");

/** The report's viewer comes prebuilt from dist/viewer.js (read once, on the first report). */
const BUILT_VIEWER_MODULE = `
import { readFileSync } from "node:fs";
let cached = null;
export const VIEWER_ENTRY = "";
export function viewerBundle() {
  if (!cached) cached = Promise.resolve(readFileSync(new URL("./viewer.js", import.meta.url), "utf8"));
  return cached;
}
`;

const prebuiltViewer: Plugin = {
  name: "ecolens-prebuilt-viewer",
  setup(b) {
    b.onLoad({ filter: /[\\/]viz[\\/]src[\\/]report[\\/]bundle\.ts$/ }, () => ({
      contents: BUILT_VIEWER_MODULE,
      loader: "js",
    }));
  },
};

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : [path];
  });
}

/** Every file whose change makes dist/ stale: package sources and manifests, the lockfile. */
function inputFiles(): string[] {
  const packages = ["core", "analysis", "report", "viz", "cli"];
  return [
    ...packages.flatMap((p) => [
      ...sourceFiles(join(ROOT, "packages", p, "src")),
      join(ROOT, "packages", p, "package.json"),
    ]),
    ...EXAMPLES.flatMap((e) => sourceFiles(join(ROOT, "data/examples", e))),
    join(ROOT, "pnpm-lock.yaml"),
    fileURLToPath(import.meta.url),
  ];
}

/** A short hash of every input file's bytes: same sources, same id. */
function sourceHash(): string {
  const hash = createHash("sha256");
  for (const file of inputFiles().sort()) {
    hash.update(relative(ROOT, file));
    hash.update(existsSync(file) ? readFileSync(file) : "");
  }
  return hash.digest("hex").slice(0, 16);
}

const BUILD_ID = `${MANIFEST.version}+${sourceHash()}`;

export function isStale(): boolean {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  return inputFiles().some((f) => !existsSync(f) || statSync(f).mtimeMs > built);
}

const NODE_TARGET = "node20";

async function bundleViewer(outfile: string): Promise<number> {
  const result = await build({
    entryPoints: [join(ROOT, "packages/viz/src/viewer/main.ts")],
    outfile,
    bundle: true,
    format: "iife",
    platform: "browser",
    target: ["es2020"],
    minify: true,
    legalComments: "none",
    charset: "utf8",
    logLevel: "warning",
    metafile: true,
  });
  return Object.values(result.metafile.outputs)[0].bytes;
}

async function bundleNode(entry: string, outfile: string, plugins: Plugin[] = []): Promise<number> {
  const result = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: [NODE_TARGET],
    banner: { js: BANNER },
    minifySyntax: true,
    minifyWhitespace: true,
    legalComments: "none",
    charset: "utf8",
    logLevel: "warning",
    metafile: true,
    plugins,
    // Runtime dependencies (none today) are installed by npm, not bundled: a native addon cannot be.
    external: Object.keys(MANIFEST.dependencies ?? {}),
    // Which sources this build was made from (the layout cache keys on it).
    define: { __ECOLENS_BUILD__: JSON.stringify(BUILD_ID) },
  });
  return Object.values(result.metafile.outputs)[0].bytes;
}

export async function buildCli(): Promise<Record<string, number>> {
  rmSync(NEXT, { recursive: true, force: true });
  mkdirSync(NEXT, { recursive: true });
  const sizes: Record<string, number> = {};
  try {
    sizes["viewer.js"] = await bundleViewer(join(NEXT, "viewer.js"));
    sizes["ecolens.mjs"] = await bundleNode(join(CLI_DIR, "src/main.ts"), join(NEXT, "ecolens.mjs"), [
      prebuiltViewer,
    ]);
    sizes["worker.mjs"] = await bundleNode(
      join(ROOT, "packages/analysis/src/parallel/worker.ts"),
      join(NEXT, "worker.mjs"),
    );
    sizes["layout-worker.mjs"] = await bundleNode(
      join(CLI_DIR, "src/shared/layout-thread.ts"),
      join(NEXT, "layout-worker.mjs"),
    );
    for (const e of EXAMPLES)
      cpSync(join(ROOT, "data/examples", e), join(NEXT, "examples", e), { recursive: true });
    cpSync(join(ROOT, "LICENSE"), join(NEXT, "LICENSE"));
    writeFileSync(join(NEXT, "build-info.json"), `${JSON.stringify({ build: BUILD_ID, sizes }, null, 2)}\n`);
  } catch (error) {
    rmSync(NEXT, { recursive: true, force: true });
    throw error;
  }
  rmSync(DIST, { recursive: true, force: true });
  renameSync(NEXT, DIST);
  return sizes;
}

async function main(): Promise<void> {
  if (process.argv.includes("--if-stale") && !isStale()) return;
  const started = performance.now();
  const sizes = await buildCli();
  const list = Object.entries(sizes)
    .map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(0)} kB`)
    .join(", ");
  const took = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(`built ${relative(process.cwd(), DIST) || "."}: ${list} (${took} s)\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // esbuild has printed what failed (file, line, column); no stack trace on top of it.
  await main().catch((error: Error) => {
    process.stderr.write(`build failed: ${error.message.split("\n")[0]}\n`);
    process.exitCode = 1;
  });
}
