/**
 * The import directions of docs/architecture.md, checked on every source file: core knows no
 * other package and no file system; analysis knows core; viz knows core and only the *types* of
 * analysis; nobody imports the CLI. Also: every bare import is declared in that package.json.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
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

describe("package metadata", () => {
  for (const pkg of PACKAGES) {
    it(`packages/${pkg}/package.json names its folder`, () => {
      const manifest = JSON.parse(readFileSync(join(ROOT, "packages", pkg, "package.json"), "utf8"));
      expect(manifest.name).toBe(`@ecolens/${pkg}`);
      expect(manifest.type).toBe("module");
    });
  }
});
