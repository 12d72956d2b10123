/**
 * A fresh clone is all a machine has: no file of the project may point outside the repository
 * (the `../shared` folder beside the working copy, or an absolute path of one machine). Every
 * relative path written in code is resolved from its file and must stay inside the repository;
 * no tracked text names a machine's home or work folder.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CODE = /\.(ts|tsx|mts|mjs|cjs|js|py|sh)$|^\.ci\/run$|(^|\/)package\.json$|\.ya?ml$/;
const TEXT = /\.(md|html|txt)$/;
const MACHINE = /(^|[\s"'`(=:])(\/work\/|\/home\/\w|\/Users\/\w|\/root\/|[A-Z]:\\\\Users)/;
const OUTSIDE_WORDS = /(^|[^\w/.-])(\.\.\/)+shared\/(reference|conformance|geo|design|mission|hooks)\b/;

/** Every way a file's text points outside the repository, as "line N: what". */
function outsideReferences(file: string, text: string, root = ROOT): string[] {
  const found: string[] = [];
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    if (MACHINE.test(line)) found.push(`line ${i + 1}: absolute machine path: ${line.trim()}`);
    if (CODE.test(file)) {
      for (const m of line.matchAll(/(?:\.\.\/)+[\w.@-]*/g)) {
        // import.meta.url-relative URLs resolve from the file's folder, like imports.
        const target = resolve(dirname(join(root, file)), m[0]);
        if (relative(root, target).startsWith(".."))
          found.push(`line ${i + 1}: ${m[0]} leaves the repository`);
      }
    } else if (OUTSIDE_WORDS.test(line)) found.push(`line ${i + 1}: names a folder beside the repository`);
  });
  return found;
}

const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
  cwd: ROOT,
  encoding: "utf8",
})
  .split("\n")
  .filter((f) => f && (CODE.test(f) || TEXT.test(f)) && !f.startsWith("data/conformance/"))
  .filter((f) => !f.endsWith("pnpm-lock.yaml"));

describe("nothing points outside the repository", () => {
  it("the check catches a folder beside the clone, a relative path that climbs out and an absolute machine path", () => {
    // Built from pieces so that this file does not trip its own check.
    const up = (n: number) => "../".repeat(n);
    expect(
      outsideReferences("packages/x/test/a.test.ts", `new URL("${up(4)}shared/reference/", u)`),
    ).toHaveLength(1);
    expect(outsideReferences("scripts/a.ts", `const p = "${"/wo"}rk/shared/geo";`)).toHaveLength(1);
    expect(outsideReferences("docs/a.md", `see ${up(1)}shared/reference/README.md`)).toHaveLength(1);
    expect(
      outsideReferences("packages/cli/src/commands/a.ts", 'import { x } from "../shared/output.ts";'),
    ).toEqual([]);
  });

  it(`no source, test, script, example or doc file names a place outside the clone (${files.length} files)`, () => {
    expect(files.length).toBeGreaterThan(100);
    const hits = files.flatMap((f) =>
      outsideReferences(f, readFileSync(join(ROOT, f), "utf8")).map((h) => `${f} ${h}`),
    );
    expect(hits).toEqual([]);
  });
});
