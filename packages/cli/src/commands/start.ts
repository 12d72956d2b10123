/**
 * `ecolens start` (the README's `pnpm start`): builds the report of the Westhoek example, writes
 * it under out/, and prints the key findings and where the file is. Works from any directory.
 */
import { existsSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_SEED } from "@ecolens/core";
import { keyFindings } from "@ecolens/viz";
import { Command } from "commander";
import { commandHelp, msg, msgText, optionHelp } from "../messages/index.ts";
import { InputError } from "../shared/errors.ts";
import { loadNetwork } from "../shared/input.ts";
import { resolveLang } from "../shared/lang.ts";
import { parseSeed } from "../shared/numbers.ts";
import { buildReportHtml } from "../shared/report-html.ts";
import { FORCE_HELP, writeOutputFile } from "../shared/safe-write.ts";

/**
 * The repository root, found from this file: packages/cli/src/commands from source, or
 * packages/cli/dist in the built bundle, which also carries the examples (dist/examples) for
 * an installed CLI, where out/ goes under the current directory.
 */
const HERE = dirname(fileURLToPath(import.meta.url));
const BUILT = !import.meta.url.endsWith(".ts");
export const REPO_ROOT = resolve(HERE, BUILT ? "../../.." : "../../../..");
const IN_REPO = existsSync(resolve(REPO_ROOT, "data/examples/westhoek"));
const EXAMPLES = IN_REPO ? resolve(REPO_ROOT, "data/examples") : resolve(HERE, "examples");
const OUT_ROOT = IN_REPO ? REPO_ROOT : process.cwd();
export const EXAMPLE_DIR = resolve(EXAMPLES, "westhoek");
/** The second inventory round of the example (for `report --since`). */
export const EXAMPLE_ROUND2_DIR = resolve(EXAMPLES, "westhoek-2025");

interface StartCliOptions {
  lang?: string;
  output?: string;
  seed?: string;
  force?: boolean;
}

export function startCommand(): Command {
  return new Command("start")
    .description(commandHelp("help.start"))
    .option("--lang <lang>", optionHelp("help.start.lang"))
    .option("-o, --output <file>", optionHelp("help.start.output"))
    .option("--seed <n>", optionHelp("help.seed"), String(DEFAULT_SEED))
    .option("--force", FORCE_HELP)
    .action(async (options: StartCliOptions) => {
      const lang = resolveLang(options.lang);
      if (!existsSync(EXAMPLE_DIR)) throw new InputError(msgText("start.missing", { path: EXAMPLE_DIR }));
      const network = await loadNetwork(EXAMPLE_DIR, {}, lang);
      const { html, model } = await buildReportHtml(network, lang, {
        seed: parseSeed(options.seed),
        name: "Westhoek",
      });
      const out = resolve(options.output ?? resolve(OUT_ROOT, "out/report-westhoek.html"));
      // Reruns replace the earlier report (the overwrite rule); out/ is made when missing.
      writeOutputFile(options.output ?? out, html, {
        kind: "report",
        force: options.force,
        createParent: !options.output,
      });
      const lines = keyFindings(model).map((f) => `- ${f[lang]}`);
      const shown = relative(process.cwd(), out);
      process.stdout.write(
        `${msg("start.title", lang)}\n\n${lines.join("\n")}\n\n${msg("start.report", lang)}\n  ${shown.startsWith("..") ? out : shown}\n`,
      );
      if (existsSync(EXAMPLE_ROUND2_DIR))
        process.stdout.write(
          `\n${msg("start.rounds", lang)}\n  npx -y pnpm@12.4.2 ecolens report data/examples/westhoek-2025 --since data/examples/westhoek -o out/westhoek-rounds.html\n`,
        );
    });
}
