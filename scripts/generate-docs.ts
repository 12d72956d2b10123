/** Regenerates the reference docs that are derived from code (run: `npx -y pnpm@12.4.2 gen-docs`). */
import { existsSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderCliDoc } from "./docs/cli.ts";

const root = fileURLToPath(new URL("../", import.meta.url));
writeFileSync(`${root}docs/cli.md`, renderCliDoc());
console.log("wrote docs/cli.md");

// Each further generator lives in scripts/docs/<name>.ts and exports `write()`.
for (const name of ["metrics", "inventory-format"]) {
  const path = `${root}scripts/docs/${name}.ts`;
  if (!existsSync(path)) continue;
  const mod = await import(path);
  if (typeof mod.write === "function") console.log(await mod.write());
}
