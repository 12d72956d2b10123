/** The example inventories of data/examples, for the Node tests (no browser needed). */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const EXAMPLES = fileURLToPath(new URL("../../../../data/examples/", import.meta.url));

/** The CSV files of an example folder, sorted. */
export function exampleFiles(name: string): string[] {
  const dir = join(EXAMPLES, name);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".csv"))
    .sort()
    .map((f) => join(dir, f));
}
