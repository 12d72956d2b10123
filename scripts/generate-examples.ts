/**
 * Writes the example inventories and the reference CSV under data/ (or the folder given as the
 * first argument): `npx -y pnpm@12.4.2 data [outDir] [--seed N]`.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { EXAMPLES_SEED, GENERATED_DIRS, generateExampleFiles } from "./generator/index.ts";

export function writeExampleFiles(outDir: string, seed = EXAMPLES_SEED): string[] {
  const files = generateExampleFiles(seed);
  for (const dir of GENERATED_DIRS) {
    // Remove files a previous version generated but this one no longer does.
    mkdirSync(join(outDir, dir), { recursive: true });
    for (const name of readdirSync(join(outDir, dir))) {
      if (!files.has(`${dir}/${name}`)) rmSync(join(outDir, dir, name), { recursive: true });
    }
  }
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), bytes);
  }
  return [...files.keys()].sort();
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf("--seed");
  const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : EXAMPLES_SEED;
  const outDir =
    args.find((a, i) => !a.startsWith("--") && i !== seedAt + 1) ??
    fileURLToPath(new URL("../data", import.meta.url));
  const written = writeExampleFiles(outDir, seed);
  console.log(`wrote ${written.length} files to ${outDir}`);
}
