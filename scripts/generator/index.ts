/**
 * Every generated data file, as bytes keyed by its path under data/. Pure and deterministic:
 * the same seed gives byte-identical files (the generator test checks the committed ones).
 */
import { MUNICIPALITIES } from "@ecolens/core";
import { changesMarkdown } from "./changes-md.ts";
import { utf8Bytes } from "./csv.ts";
import { messyFiles } from "./messy.ts";
import { municipalitiesCsv } from "./reference-csv.ts";
import { researcherFiles } from "./researcher.ts";
import { generateWave2025 } from "./wave-2025.ts";
import { generateWesthoek } from "./westhoek.ts";
import { inventoryFiles } from "./writer.ts";

/** The seed the example inventories in data/examples were generated with (not the analyses' DEFAULT_SEED). */
export const EXAMPLES_SEED = 2023;

/** The folders this generator owns completely (stale files in them are removed on write). */
export const GENERATED_DIRS = [
  "examples/westhoek",
  "examples/westhoek-2025",
  "examples/messy",
  "examples/researcher",
];

export function generateExampleFiles(seed = EXAMPLES_SEED): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const put = (dir: string, entries: Map<string, Uint8Array>) => {
    for (const [name, bytes] of entries) files.set(`${dir}/${name}`, bytes);
  };
  const wave1 = generateWesthoek(seed);
  // Wave 2 changes its copy only; wave 1 is written from the untouched original.
  const { inventory: wave2, changes } = generateWave2025(seed, wave1);
  put("examples/westhoek", inventoryFiles(wave1));
  put("examples/westhoek-2025", inventoryFiles(wave2));
  files.set("examples/westhoek-2025/CHANGES.md", utf8Bytes(changesMarkdown(changes), false));
  files.set(
    "examples/westhoek-2025/planted-changes.json",
    utf8Bytes(`${JSON.stringify(changes, null, 2)}\n`, false),
  );
  put("examples/messy", messyFiles());
  put("examples/researcher", researcherFiles(wave1));
  files.set("reference/municipalities.csv", municipalitiesCsv(MUNICIPALITIES));
  return files;
}
