/**
 * `ecolens validate <input>`: read an inventory (or any supported network file) and print the
 * import report. Exit code 0 without errors, 1 with errors, 2 for usage errors.
 */
import { Command } from "commander";
import { commandHelp, optionHelp } from "../messages/index.ts";
import { renderImportReport } from "../report-text/import-report.ts";
import { EXIT_FINDINGS, EXIT_OK } from "../shared/errors.ts";
import { addInputOptions, type InputOptions, loadNetwork } from "../shared/input.ts";
import { resolveLang } from "../shared/lang.ts";
import { tieStatusLine } from "../shared/ties.ts";

interface ValidateOptions extends InputOptions {
  json?: boolean;
  lang?: string;
}

export function validateCommand(): Command {
  const cmd = new Command("validate")
    .description(commandHelp("help.validate"))
    .argument("[input]", optionHelp("help.validate.arg_input"))
    .option("--json", optionHelp("help.validate.json"))
    .option("--lang <lang>", optionHelp("help.report.lang"));
  addInputOptions(cmd);
  return cmd.action(async (input: string | undefined, options: ValidateOptions) => {
    const lang = resolveLang(options.lang);
    const network = await loadNetwork(input, options, lang, { quiet: true });
    const report = network.report;
    process.stdout.write(
      options.json
        ? `${JSON.stringify(report, null, 2)}\n`
        : renderImportReport(report, lang, network.source.kind === "inventory"),
    );
    if (!options.json) process.stdout.write(tieStatusLine(network, lang));
    process.exitCode = report.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
  });
}
