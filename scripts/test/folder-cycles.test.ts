/**
 * Layers without cycles (issue 20): inside every package, the top-level folders of `src/` (a file
 * directly in `src/`, such as `index.ts`, is its own node) must import each other without a
 * cycle, and the files of one folder must too. A failure names the cycle with one example import
 * per edge. In `cli/src/commands/` a command module imports no other command module: only
 * `commands/index.ts` registers them all. A command's parts carry its name and a suffix
 * (`gaps-csv.ts`, `gaps-result.ts` of `gaps.ts`; `export-xlsx.ts` of `export.ts`): the command and
 * its parts may import its parts, nobody but index.ts imports a command's main module, and what
 * two commands share lives in `cli/src/shared/`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

interface SourceFile {
  /** Path relative to the package's `src/`, with forward slashes. */
  rel: string;
  text: string;
}

/** from -> to -> one example import ("a/x.ts imports '../b/y.ts'"). */
type Graph = Map<string, Map<string, string>>;

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return walk(path);
      return /\.(ts|mts|js|mjs)$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
    });
}

function readSources(srcDir: string): SourceFile[] {
  return walk(srcDir).map((path) => ({
    rel: relative(srcDir, path).split(sep).join("/"),
    text: readFileSync(path, "utf8"),
  }));
}

/** The relative module specifiers of a file: static imports, re-exports and dynamic imports. */
function relativeSpecs(text: string): string[] {
  const patterns = [
    /^\s*import\s+(?:type\s+)?[^'"]*?from\s*["']([^"']+)["']/gm,
    /^\s*export\s+(?:type\s+)?[^'"]*?from\s*["']([^"']+)["']/gm,
    /^\s*import\s*["']([^"']+)["']/gm,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
  ];
  const specs = patterns.flatMap((re) => [...text.matchAll(re)].map((m) => m[1]));
  return specs.filter((s) => s.startsWith("."));
}

/** The file (relative to src/) a relative specifier names, or null when it leaves src/ or is not there. */
function resolveSpec(from: string, spec: string, known: ReadonlySet<string>): string | null {
  const base = normalize(join(dirname(from), spec))
    .split(sep)
    .join("/");
  if (base.startsWith("..")) return null;
  const candidates = [base, base.replace(/\.js$/, ".ts"), `${base}.ts`, `${base}/index.ts`];
  return candidates.find((c) => known.has(c)) ?? null;
}

function addEdge(graph: Graph, from: string, to: string, example: string): void {
  if (!graph.has(from)) graph.set(from, new Map());
  if (!graph.has(to)) graph.set(to, new Map());
  const out = graph.get(from) as Map<string, string>;
  if (!out.has(to)) out.set(to, example);
}

/**
 * The graph of `nodeOf(file) -> nodeOf(imported file)` over the files for which `nodeOf` gives a
 * node (null leaves a file out); edges from a node to itself are dropped.
 */
function importGraph(files: readonly SourceFile[], nodeOf: (rel: string) => string | null): Graph {
  const known = new Set(files.map((f) => f.rel));
  const graph: Graph = new Map();
  for (const file of files) {
    const from = nodeOf(file.rel);
    if (from === null) continue;
    if (!graph.has(from)) graph.set(from, new Map());
    for (const spec of relativeSpecs(file.text)) {
      const target = resolveSpec(file.rel, spec, known);
      const to = target === null ? null : nodeOf(target);
      if (to !== null && to !== from) addEdge(graph, from, to, `${file.rel} imports '${spec}'`);
    }
  }
  return graph;
}

const folderOf = (rel: string): string => rel.split("/")[0];

/** Strongly connected components with more than one node (Tarjan), each sorted, in sorted order. */
function cyclicComponents(graph: Graph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of [...(graph.get(v)?.keys() ?? [])].sort()) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop() as string;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) components.push(component.sort());
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return components.sort((a, b) => a[0].localeCompare(b[0]));
}

/** A shortest cycle through `start` inside its component, as the list of nodes (start first). */
function cycleThrough(graph: Graph, start: string, component: ReadonlySet<string>): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i];
    for (const w of [...(graph.get(v)?.keys() ?? [])].sort()) {
      if (!component.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(previous.get(path[0]) as string);
        return path;
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}

/** One line per cycle: `a -> b -> a`, then each edge with one example import. */
function describeCycles(graph: Graph, where: string): string[] {
  return cyclicComponents(graph).map((component) => {
    const cycle = cycleThrough(graph, component[0], new Set(component));
    const edges = cycle.map((from, i) => {
      const to = cycle[(i + 1) % cycle.length];
      return `${from} -> ${to} (${graph.get(from)?.get(to)})`;
    });
    const members = component.length > cycle.length ? `; all in this knot: ${component.join(", ")}` : "";
    return `${where}: cycle ${[...cycle, cycle[0]].join(" -> ")}: ${edges.join("; ")}${members}`;
  });
}

function packageSources(): Array<{ pkg: string; src: string }> {
  const dir = join(ROOT, "packages");
  return readdirSync(dir)
    .sort()
    .filter((pkg) => existsSync(join(dir, pkg, "src")))
    .map((pkg) => ({ pkg, src: join(dir, pkg, "src") }));
}

/** The files of one folder, as a graph of file -> file, per top-level folder of the package. */
function fileCycles(files: readonly SourceFile[], where: string): string[] {
  const folders = [...new Set(files.filter((f) => f.rel.includes("/")).map((f) => folderOf(f.rel)))];
  return folders.flatMap((folder) => {
    const graph = importGraph(files, (rel) => (folderOf(rel) === folder && rel.includes("/") ? rel : null));
    return describeCycles(graph, `${where}/${folder}`);
  });
}

/**
 * May command file `from` import command file `to`? index.ts registers every command; otherwise
 * only a part of the same command (`gaps-csv.ts`, `gaps-result.ts` of `gaps`), never a command's
 * main module (`gaps.ts`) nor another command.
 */
function commandImportAllowed(from: string, to: string): boolean {
  const name = (rel: string) => rel.replace(/^commands\//, "").replace(/\.ts$/, "");
  const command = (rel: string) => name(rel).split("-")[0];
  if (name(from) === "index") return true;
  return command(from) === command(to) && name(to) !== command(to);
}

describe("no import cycles between folders", () => {
  for (const { pkg, src } of packageSources()) {
    it(`packages/${pkg}/src: the top-level folders form layers`, () => {
      const graph = importGraph(readSources(src), folderOf);
      expect(describeCycles(graph, `packages/${pkg}/src`)).toEqual([]);
    });

    it(`packages/${pkg}/src: no cycle between the files of one folder`, () => {
      expect(fileCycles(readSources(src), `packages/${pkg}/src`)).toEqual([]);
    });
  }

  it("cli: a command module imports no other command, only its own parts", () => {
    const files = readSources(join(ROOT, "packages/cli/src")).filter((f) => f.rel.startsWith("commands/"));
    const graph = importGraph(files, (rel) => rel);
    const offenders = [...graph].flatMap(([from, out]) =>
      [...out]
        .filter(([to]) => !commandImportAllowed(from, to))
        .map(([, example]) => `packages/cli/src/${example}: a command imports another command`),
    );
    expect(offenders).toEqual([]);
  });
});

describe("the cycle detector itself", () => {
  const made = (rel: string, ...specs: string[]): SourceFile => ({
    rel,
    text: specs.map((s, i) => `import { x${i} } from "${s}";\n`).join(""),
  });

  it("catches a made-up cycle between folders and names one import per edge", () => {
    const files = [
      made("index.ts", "./a/one.ts", "./b/index.ts"),
      made("a/one.ts", "../b/two.ts"),
      made("b/index.ts", "./two.ts"),
      made("b/two.ts", "../c/three.ts"),
      made("c/three.ts", "../a/one.ts"),
      made("d/four.ts", "../a/one.ts"),
    ];
    const lines = describeCycles(importGraph(files, folderOf), "pkg");
    expect(lines).toEqual([
      "pkg: cycle a -> b -> c -> a: a -> b (a/one.ts imports '../b/two.ts'); " +
        "b -> c (b/two.ts imports '../c/three.ts'); c -> a (c/three.ts imports '../a/one.ts')",
    ]);
  });

  it("sees type-only imports, re-exports, dynamic imports and folder index files", () => {
    const files = [
      { rel: "a/one.ts", text: 'import type { T } from "../b";\n' },
      { rel: "b/index.ts", text: 'export * from "./two.ts";\n' },
      { rel: "b/two.ts", text: 'const m = await import("../a/one.ts");\n' },
    ];
    expect(describeCycles(importGraph(files, folderOf), "pkg")).toHaveLength(1);
  });

  it("finds nothing in layers and catches two files of one folder importing each other", () => {
    const layered = [made("index.ts", "./a/one.ts"), made("a/one.ts", "../b/two.ts"), made("b/two.ts")];
    expect(describeCycles(importGraph(layered, folderOf), "pkg")).toEqual([]);
    const knot = [made("p/breaks.ts", "./routes.ts"), made("p/routes.ts", "./breaks.ts"), made("q/x.ts")];
    expect(fileCycles(knot, "pkg")).toEqual([
      "pkg/p: cycle p/breaks.ts -> p/routes.ts -> p/breaks.ts: " +
        "p/breaks.ts -> p/routes.ts (p/breaks.ts imports './routes.ts'); " +
        "p/routes.ts -> p/breaks.ts (p/routes.ts imports './breaks.ts')",
    ]);
  });

  it("states the command rule: index registers commands, a command and its parts import only its parts", () => {
    expect(commandImportAllowed("commands/index.ts", "commands/gaps.ts")).toBe(true);
    expect(commandImportAllowed("commands/gaps.ts", "commands/gaps-csv.ts")).toBe(true);
    expect(commandImportAllowed("commands/export-xlsx.ts", "commands/export-xlsx-labels.ts")).toBe(true);
    expect(commandImportAllowed("commands/gaps-csv.ts", "commands/gaps-result.ts")).toBe(true);
    expect(commandImportAllowed("commands/export-map.ts", "commands/gaps-result.ts")).toBe(false);
    expect(commandImportAllowed("commands/gaps-csv.ts", "commands/gaps.ts")).toBe(false);
    expect(commandImportAllowed("commands/gaps.ts", "commands/paths.ts")).toBe(false);
    expect(commandImportAllowed("commands/view.ts", "commands/report.ts")).toBe(false);
  });
});
