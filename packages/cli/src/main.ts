/**
 * Entry point: runs the program and turns every failure into a one-line message and an exit
 * code (0 ok, 1 errors in the input, 2 usage, 3 the file system refused), never a stack trace
 * (ECOLENS_DEBUG=1 shows it). Everything a command writes to the terminal passes through
 * terminal-text.ts; a closed stdout (`ecolens ... | head`) ends the command quietly.
 */
import { CommanderError } from "commander";
import { msg } from "./messages/index.ts";
import { createProgram } from "./program.ts";
import { CliError, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from "./shared/errors.ts";
import { fsFailure, isFsError } from "./shared/fs-errors.ts";
import { clearNotedInputs } from "./shared/input-paths.ts";
import { resolveLang } from "./shared/lang.ts";
import { guardStreams } from "./shared/terminal-text.ts";

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
  const unguard = guardStreams();
  try {
    return await runGuarded(argv);
  } finally {
    unguard();
  }
}

async function runGuarded(argv: string[]): Promise<number> {
  const program = createProgram(langFromArgv(argv));
  clearNotedInputs();
  // Each run starts clean: a command signals "errors in the input" through process.exitCode.
  process.exitCode = undefined;
  try {
    await program.parseAsync(argv, { from: "user" });
    return process.exitCode === undefined ? EXIT_OK : Number(process.exitCode);
  } catch (thrown) {
    const error = isFsError(thrown) ? fsFailure(thrown) : thrown;
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
    process.stderr.write(msg("run.internal_error", lang, { error: message }));
    if (process.env.ECOLENS_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ""}\n`);
    return EXIT_FINDINGS;
  }
}

const isEntry = process.argv[1] && /main\.ts$|ecolens(\.mjs)?$/.test(process.argv[1]);
/**
 * A reader that stops early (`| head`) closes the pipe: the next write fails with EPIPE. The
 * command then ends at once and quietly, with the exit code it had so far.
 */
export function endQuietlyOnClosedPipe(): void {
  const onError = (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED")
      process.exit(process.exitCode ?? EXIT_OK);
    throw error;
  };
  process.stdout.on("error", onError);
  process.stderr.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}

if (isEntry) {
  endQuietlyOnClosedPipe();
  const code = await run(process.argv.slice(2));
  process.exitCode = code;
}
