/**
 * The import directions of docs/architecture.md, checked on every source file: core knows no
 * other package and no file system; analysis knows core; viz knows core and only the *types* of
 * analysis; nobody imports the CLI. Also: every bare import is declared in that package.json.
 * Outside the packages (examples/, scripts/, bench/, interop/) code uses the packages through
 * their entry points (`@ecolens/core`, ...), never a path into `packages/<name>/src/`.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const PACKAGES = ["core", "analysis", "viz", "report", "app", "cli"] as const;

interface ImportRef {
  file: string;
  spec: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // bench/tmp holds generated data and scratch files, not committed (.gitignore).
    if (name === "node_modules" || name === "dist" || path.endsWith(join("bench", "tmp"))) return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|js|mjs)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string, text: string): ImportRef[] {
  const refs: ImportRef[] = [];
  const patterns = [
    /^\s*import\s+(type\s+)?[^'"]*?from\s*["']([^"']+)["']/gm,
    /^\s*export\s+(type\s+)?[^'"]*?from\s*["']([^"']+)["']/gm,
    /^\s*import\s*()["']([^"']+)["']/gm,
    /\bimport\(\s*()["']([^"']+)["']\s*\)/g,
  ];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) refs.push({ file, spec: m[2], typeOnly: Boolean(m[1]) });
  }
  return refs;
}

function packageName(spec: string): string {
  if (spec.startsWith("node:")) return spec;
  const parts = spec.split("/");
  return spec.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
}

type Rule = (ref: ImportRef, rel: string) => string | null;
const NODE_FORBIDDEN_IN_ANALYSIS = new Set([
  "node:fs",
  "node:fs/promises",
  "node:child_process",
  "node:http",
]);
const RULES: Record<(typeof PACKAGES)[number], Rule> = {
  core: ({ spec }) => {
    if (spec.startsWith("node:") || spec === "fs" || spec === "path")
      return "core must not touch the file system or Node built-ins";
    if (spec.startsWith("@ecolens/")) return "core imports no other ecolens package";
    if (/^(sigma|d3)/.test(spec)) return "core must not import rendering libraries";
    return null;
  },
  analysis: ({ spec }) => {
    if (NODE_FORBIDDEN_IN_ANALYSIS.has(spec) || spec === "fs")
      return "analysis must not touch files, processes or the network";
    if (spec === "@ecolens/viz" || spec === "@ecolens/cli") return "analysis imports only core";
    if (/^(sigma|d3)/.test(spec)) return "analysis must not import rendering libraries";
    return null;
  },
  viz: ({ spec, typeOnly }, rel) => {
    if (spec === "@ecolens/analysis" && !typeOnly) return "viz may only `import type` from analysis";
    if (spec === "@ecolens/cli") return "viz must not import the CLI";
    if (spec === "@ecolens/report") return "viz must not import the report model (report imports viz)";
    if (rel.includes("/viewer/") && spec.startsWith("node:"))
      return "browser code must not import Node built-ins";
    return null;
  },
  report: ({ spec }) => {
    if (spec.startsWith("node:") || spec === "fs" || spec === "path")
      return "report must not touch the file system or Node built-ins (it runs in a browser too)";
    if (spec === "@ecolens/cli") return "report must not import the CLI";
    return null;
  },
  app: ({ spec }) => {
    if (spec.startsWith("node:") || spec === "fs" || spec === "path")
      return "the browser app must not import Node built-ins (src/shims stand in for the libraries' ones)";
    if (spec === "@ecolens/cli") return "the app must not import the CLI";
    return null;
  },
  cli: () => null,
};

describe("import directions", () => {
  for (const pkg of PACKAGES) {
    it(`${pkg} respects the architecture`, () => {
      const dir = join(ROOT, "packages", pkg, "src");
      const manifest = JSON.parse(readFileSync(join(ROOT, "packages", pkg, "package.json"), "utf8"));
      const declared = new Set([
        ...Object.keys(manifest.dependencies ?? {}),
        ...Object.keys(manifest.devDependencies ?? {}),
      ]);
      const problems: string[] = [];
      for (const file of sourceFiles(dir)) {
        const rel = file.slice(ROOT.length);
        for (const ref of importsOf(rel, readFileSync(file, "utf8"))) {
          const broken = RULES[pkg](ref, rel);
          if (broken) problems.push(`${rel}: '${ref.spec}': ${broken}`);
          const name = packageName(ref.spec);
          if (!ref.spec.startsWith(".") && !name.startsWith("node:") && !declared.has(name) && !ref.typeOnly)
            problems.push(`${rel}: '${ref.spec}' is not declared in packages/${pkg}/package.json`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it("no package imports the CLI", () => {
    const offenders = PACKAGES.filter((p) => p !== "cli").flatMap((pkg) =>
      sourceFiles(join(ROOT, "packages", pkg, "src")).filter((f) =>
        /from\s+["']@ecolens\/cli["']/.test(readFileSync(f, "utf8")),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it("the checker itself sees type-only and value imports apart", () => {
    const refs = importsOf(
      "x.ts",
      'import type { A } from "@ecolens/analysis";\nimport { b } from "@ecolens/analysis";\n',
    );
    expect(refs.map((r) => r.typeOnly)).toEqual([true, false]);
    expect(RULES.viz(refs[1], "packages/viz/src/x.ts")).not.toBeNull();
    expect(RULES.viz(refs[0], "packages/viz/src/x.ts")).toBeNull();
  });
});

/** Folders outside the packages whose code must use the packages' entry points. */
const OUTSIDE = ["examples", "scripts", "bench", "interop"] as const;
/**
 * The CLI's package export is the built command (dist/ecolens.mjs), so its sources' entry point,
 * src/index.ts, stands for `@ecolens/cli` here (docs generator, examples, interop tests).
 */
const CLI_SOURCE_ENTRY = "packages/cli/src/index.ts";

/** Why an import in a file outside the packages (path relative to the repository) is refused, or null. */
function outsideRule(spec: string, rel: string): string | null {
  const scoped = /^@ecolens\/([^/]+)\/(.+)$/.exec(spec);
  if (scoped) return `import '@ecolens/${scoped[1]}' (its entry point), not the subpath '${scoped[2]}'`;
  if (!spec.startsWith(".")) return null;
  const target = posix.normalize(posix.join(posix.dirname(rel), spec));
  const inside = /^packages\/([^/]+)\/src\//.exec(target);
  if (!inside || target === CLI_SOURCE_ENTRY) return null;
  const entry = inside[1] === "cli" ? CLI_SOURCE_ENTRY : `'@ecolens/${inside[1]}'`;
  return `reaches into ${target}: import ${entry} instead (export what is needed from its index.ts)`;
}

describe("outside the packages: entry points only", () => {
  for (const folder of OUTSIDE) {
    it(`${folder}/ imports packages through their entry points`, () => {
      const problems = sourceFiles(join(ROOT, folder)).flatMap((file) => {
        const rel = relative(ROOT, file).split("\\").join("/");
        return importsOf(rel, readFileSync(file, "utf8")).flatMap((ref) => {
          const broken = outsideRule(ref.spec, rel);
          return broken ? [`${rel}: '${ref.spec}': ${broken}`] : [];
        });
      });
      expect(problems).toEqual([]);
    });
  }

  it("the checker refuses src/ paths and subpaths, and accepts entry points", () => {
    const at = "scripts/generator/names.ts";
    expect(outsideRule("../../packages/core/src/model/codes.ts", at)).toMatch(/import '@ecolens\/core'/);
    expect(outsideRule("../packages/analysis/src/parallel/sample.ts", "bench/run.ts")).toMatch(
      /reaches into packages\/analysis\/src\/parallel\/sample\.ts/,
    );
    expect(outsideRule("../../packages/cli/src/shared/input.ts", at)).toMatch(
      /packages\/cli\/src\/index\.ts/,
    );
    expect(outsideRule("@ecolens/core/src/model/codes.ts", at)).not.toBeNull();
    expect(outsideRule("@ecolens/core", at)).toBeNull();
    expect(outsideRule("../../packages/cli/src/index.ts", at)).toBeNull();
    expect(outsideRule("./model.ts", at)).toBeNull();
    expect(outsideRule("../../packages/analysis/test/helpers/reference.ts", at)).toBeNull();
  });
});

describe("package metadata", () => {
  for (const pkg of PACKAGES) {
    it(`packages/${pkg}/package.json names its folder`, () => {
      const manifest = JSON.parse(readFileSync(join(ROOT, "packages", pkg, "package.json"), "utf8"));
      expect(manifest.name).toBe(`@ecolens/${pkg}`);
      expect(manifest.type).toBe("module");
    });
  }
});
