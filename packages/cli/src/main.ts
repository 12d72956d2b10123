/**
 * Entry point: runs the program and turns every failure into a one-line message and an exit
 * code (0 ok, 1 errors in the input, 2 usage), never a stack trace (ECOLENS_DEBUG=1 shows it).
 */
import { CommanderError } from "commander";
import { createProgram } from "./program.ts";
import { CliError, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from "./shared/errors.ts";
import { resolveLang } from "./shared/lang.ts";

function langFromArgv(argv: string[]) {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = i < 0 ? undefined : argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
  try {
    return resolveLang(value);
  } catch {
    return resolveLang(undefined);
  }
}

export async function run(argv: string[]): Promise<number> {
  const program = createProgram();
  // Each run starts clean: a command signals "errors in the input" through process.exitCode.
  process.exitCode = undefined;
  try {
    await program.parseAsync(argv, { from: "user" });
    return process.exitCode === undefined ? EXIT_OK : Number(process.exitCode);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its one-line message (or the help/version text).
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return EXIT_OK;
      if (error.code === "commander.help") return EXIT_OK;
      return EXIT_USAGE;
    }
    const lang = langFromArgv(argv);
    if (error instanceof CliError) {
      process.stderr.write(`ecolens: ${error.text[lang]}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      lang === "nl"
        ? `ecolens: interne fout: ${message}\n(meld dit graag, met ECOLENS_DEBUG=1 voor details)\n`
        : `ecolens: internal error: ${message}\n(please report it; ECOLENS_DEBUG=1 shows details)\n`,
    );
    if (process.env.ECOLENS_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ""}\n`);
    return EXIT_FINDINGS;
  }
}

const isEntry = process.argv[1] && /main\.ts$|ecolens(\.mjs)?$/.test(process.argv[1]);
if (isEntry) {
  const code = await run(process.argv.slice(2));
  process.exitCode = code;
}
