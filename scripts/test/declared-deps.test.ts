/**
 * A declared dependency is a used one (issue 20): every package named in a package.json's
 * `dependencies` or `devDependencies` is imported somewhere in that package (its src, test and
 * build files) or, for the workspace root, in bench/, examples/, interop/, scripts/ or a config.
 * Type-only packages are allowed when the package they describe is used (`@types/x` for `x`), and
 * a few are used without an import statement, each with its reason below.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Used without an import in the package's own code, and why. */
const USED_WITHOUT_IMPORT: Record<string, string> = {
  "graphology-types": "peer dependency of graphology and sigma: the types of every graph",
  "@types/node": "types of Node's built-ins",
  "@biomejs/biome": "the lint command (package.json scripts)",
  typescript: "the typecheck command",
  tsx: "runs the sources and build scripts (package.json scripts, the worker bootstrap)",
  vitest: "the test command",
  vite: "vitest's bundler, pinned at the root so vitest uses the recorded version",
  "@resvg/resvg-js": "optional PNG rasteriser, loaded by name at run time only when present (export-map)",
  "@ecolens/cli": "the root runs the CLI from source (package.json scripts)",
  buffer: "the browser app's Node `buffer` for iconv-lite, an alias in packages/app/vite.config.ts",
  string_decoder:
    "the browser app's Node `string_decoder` for iconv-lite, an alias in packages/app/vite.config.ts",
};

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    if (name === "node_modules" || name === "dist" || name === "tmp") return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|mts|js|mjs|cjs|py)$/.test(name) ? [path] : [];
  });
}

/** Bare package names imported by `text` (static, dynamic, require, `import type`). */
function importedPackages(text: string): Set<string> {
  const out = new Set<string>();
  const re = /(?:from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)["']([^"'./][^"']*)["']/g;
  for (const m of text.matchAll(re)) {
    const spec = m[1];
    if (spec.startsWith("node:")) continue;
    const parts = spec.split("/");
    out.add(spec.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]);
  }
  return out;
}

function unused(manifestDir: string, codeDirs: string[]): string[] {
  const manifest = JSON.parse(readFileSync(join(manifestDir, "package.json"), "utf8"));
  const declared = [
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.devDependencies ?? {}),
  ];
  const used = new Set<string>();
  const roots = [...codeDirs.map((d) => join(manifestDir, d))];
  const loose = readdirSync(manifestDir)
    .filter((n) => /\.(ts|mts|mjs|js)$/.test(n))
    .map((n) => join(manifestDir, n));
  for (const file of [...roots.flatMap(files), ...loose])
    for (const name of importedPackages(readFileSync(file, "utf8"))) used.add(name);
  return declared.filter((name) => {
    if (used.has(name) || name in USED_WITHOUT_IMPORT) return false;
    const typesOf = name.startsWith("@types/")
      ? name
          .slice(7)
          .replace("__", "/")
          .replace(/^(?!@)(.*)\/(.*)$/, "@$1/$2")
      : null;
    if (typesOf && (used.has(typesOf) || used.has(name.slice(7)))) return false;
    return true;
  });
}

describe("declared dependencies are used", () => {
  const packages = readdirSync(join(ROOT, "packages")).filter((p) =>
    existsSync(join(ROOT, "packages", p, "package.json")),
  );
  for (const pkg of packages)
    it(`packages/${pkg}`, () => {
      expect(unused(join(ROOT, "packages", pkg), ["src", "test", "bin", "scripts"])).toEqual([]);
    });

  it("the workspace root (bench, examples, interop, scripts, configs)", () => {
    expect(unused(ROOT, ["bench", "examples", "interop", "scripts"])).toEqual([]);
  });

  it("the scanner sees static, type, dynamic and require imports, and ignores relative and node: ones", () => {
    const text = [
      'import a from "graphology";',
      'import type { B } from "@scope/pkg/sub";',
      'const c = await import("d3-geo");',
      'const d = require("papaparse");',
      'import "./local.ts";',
      'import { e } from "node:fs";',
    ].join("\n");
    expect([...importedPackages(text)].sort()).toEqual(["@scope/pkg", "d3-geo", "graphology", "papaparse"]);
  });
});
