/**
 * `npx -y pnpm@12.4.2 app`: builds the app when its sources are newer than dist/ (`--if-stale`
 * behaviour, always), then serves packages/app/dist on 127.0.0.1 only (never on other interfaces),
 * on `--port N` or a free port, and prints the address. Ctrl-C stops it.
 * `buildApp` and `serveDist` are also what the browser tests and bench/app.ts use.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const APP_DIR = fileURLToPath(new URL(".", import.meta.url));
export const DIST = join(APP_DIR, "dist");
const ROOT = resolve(APP_DIR, "../..");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
};

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Every file whose change makes dist/ stale. */
function inputs(): string[] {
  const packages = ["core", "analysis", "viz", "report", "app"];
  return [
    ...packages.flatMap((p) => [
      ...files(join(ROOT, "packages", p, "src")),
      join(ROOT, "packages", p, "package.json"),
    ]),
    join(APP_DIR, "index.html"),
    join(APP_DIR, "vite.config.ts"),
    join(ROOT, "pnpm-lock.yaml"),
  ].filter(existsSync);
}

export function isStale(): boolean {
  const stamp = join(DIST, "index.html");
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  return inputs().some((f) => statSync(f).mtimeMs > built);
}

const LOCK = join(APP_DIR, ".build-lock");
/** A lock older than this is left over from a killed build. */
const STALE_LOCK_MS = 10 * 60_000;

/** One build at a time across processes (the browser test files start in parallel). */
async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS)
        rmSync(LOCK, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * vite build into packages/app/dist (what `npx -y pnpm@12.4.2 build:app` does), built beside it
 * first and then put in its place, so a server over dist/ never sees half a build.
 */
export async function buildApp({ ifStale = false } = {}): Promise<boolean> {
  return withBuildLock(async () => {
    if (ifStale && !isStale()) return false;
    const next = join(APP_DIR, "dist.next");
    rmSync(next, { recursive: true, force: true });
    const { build } = await import("vite");
    await build({ configFile: join(APP_DIR, "vite.config.ts"), logLevel: "warn", build: { outDir: next } });
    rmSync(DIST, { recursive: true, force: true });
    renameSync(next, DIST);
    return true;
  });
}

/** The file under `dir` a URL path names, or undefined (outside dir, missing, a folder without index). */
export function fileFor(dir: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  } catch {
    return undefined;
  }
  const full = normalize(join(dir, path));
  if (full !== dir && !full.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return undefined;
  if (existsSync(full) && statSync(full).isDirectory())
    return fileFor(dir, `${path.replace(/\/?$/, "/")}index.html`);
  return existsSync(full) ? full : undefined;
}

/** A static server over `dir` on 127.0.0.1; port 0 takes a free one. */
export function serveDist(dir = DIST, port = 0): Promise<{ server: Server; url: string }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const file = req.method === "GET" || req.method === "HEAD" ? fileFor(root, req.url ?? "/") : undefined;
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found\n");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
      "cache-control": "no-cache",
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
    });
    res.end(req.method === "HEAD" ? undefined : readFileSync(file));
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      const { port: bound } = server.address() as AddressInfo;
      ok({ server, url: `http://127.0.0.1:${bound}/` });
    });
  });
}

function portOption(argv: string[]): number {
  const i = argv.indexOf("--port");
  const raw = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--port="))?.slice(7);
  if (raw === undefined) return 0;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`ecolens app: --port '${raw}' is not a port number (0-65535)\n`);
    process.exit(2);
  }
  return port;
}

async function main(): Promise<void> {
  const port = portOption(process.argv.slice(2));
  if (await buildApp({ ifStale: true })) process.stderr.write("ecolens app: built packages/app/dist\n");
  const { url } = await serveDist(DIST, port);
  process.stdout.write(`ecolens app: ${url}  (127.0.0.1 only; Ctrl-C stops)\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main().catch((error: Error) => {
    process.stderr.write(`ecolens app: ${error.message.split("\n")[0]}\n`);
    process.exitCode = 1;
  });
}
