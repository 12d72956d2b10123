/**
 * File-system failures as one line that names the path and says what to do (nl/en), never an
 * "internal error". Exit codes (docs/cli.md): a path that cannot serve (a folder given as a file,
 * a missing folder, a file in the middle of a path) is a usage error (2); the machine refusing a
 * write or read that should work (disk full, read-only, no permission, I/O error) is 3.
 */
import { dirname } from "node:path";
import type { Text } from "@ecolens/core";
import { CliError, EXIT_USAGE } from "./errors.ts";

/** The file system refused: disk full, read-only, no permission, I/O error. */
export const EXIT_FILE_SYSTEM = 3;

export class FileSystemError extends CliError {}

/** An error thrown by node:fs (it carries a code such as ENOSPC). */
export function isFsError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === "string" &&
    /^E[A-Z]+$/.test((error as NodeJS.ErrnoException).code as string)
  );
}

const T = (nl: string, en: string): Text => ({ nl, en });

function writeText(code: string, path: string): { text: Text; exit: number } {
  const untouched = T(
    "; een eerder bestand met die naam is niet aangeraakt",
    "; an earlier file of that name was left untouched",
  );
  switch (code) {
    case "ENOSPC":
    case "EDQUOT":
      return {
        text: T(
          `de schijf is vol bij het schrijven van '${path}': maak ruimte vrij of kies een andere plaats${untouched.nl}`,
          `the disk is full while writing '${path}': free up space or choose another place${untouched.en}`,
        ),
        exit: EXIT_FILE_SYSTEM,
      };
    case "EROFS":
      return {
        text: T(
          `'${path}' staat op een alleen-lezen schijf: kies een andere plaats om te schrijven`,
          `'${path}' is on a read-only file system: choose another place to write to`,
        ),
        exit: EXIT_FILE_SYSTEM,
      };
    case "EACCES":
    case "EPERM":
      return {
        text: T(
          `geen toestemming om '${path}' te schrijven: kies een andere plaats of vraag schrijfrechten`,
          `no permission to write '${path}': choose another place or ask for write access`,
        ),
        exit: EXIT_FILE_SYSTEM,
      };
    case "EISDIR":
      return {
        text: T(
          `'${path}' is een map: geef een bestandsnaam (bv. ${path}/rapport.html)`,
          `'${path}' is a folder: give a file name (e.g. ${path}/report.html)`,
        ),
        exit: EXIT_USAGE,
      };
    case "ENOENT":
      return {
        text: T(
          `de map '${dirname(path)}' bestaat niet (meer) of kon niet gemaakt worden: kijk het pad '${path}' na`,
          `the folder '${dirname(path)}' does not exist (any more) or could not be made: check the path '${path}'`,
        ),
        exit: EXIT_USAGE,
      };
    case "ENOTDIR":
      return notAFolder(path);
    case "ENAMETOOLONG":
      return {
        text: T(
          `het pad '${path}' is te lang: kies een korter pad`,
          `the path '${path}' is too long: choose a shorter one`,
        ),
        exit: EXIT_USAGE,
      };
    default:
      return {
        text: T(
          `kon '${path}' niet schrijven (${code}): kijk de schijf en het pad na${untouched.nl}`,
          `could not write '${path}' (${code}): check the disk and the path${untouched.en}`,
        ),
        exit: EXIT_FILE_SYSTEM,
      };
  }
}

/** Writing and reading alike: a file stands where the path needs a folder. */
function notAFolder(path: string): { text: Text; exit: number } {
  return {
    text: T(
      `een deel van het pad '${path}' is een bestand, geen map: kijk het pad na`,
      `part of the path '${path}' is a file, not a folder: check the path`,
    ),
    exit: EXIT_USAGE,
  };
}

function readText(code: string, path: string): { text: Text; exit: number } {
  switch (code) {
    case "ENOENT":
      return { text: T(`'${path}' bestaat niet`, `'${path}' does not exist`), exit: EXIT_USAGE };
    case "EISDIR":
      return {
        text: T(`'${path}' is een map, geen bestand`, `'${path}' is a folder, not a file`),
        exit: EXIT_USAGE,
      };
    case "ENOTDIR":
      return notAFolder(path);
    case "EACCES":
    case "EPERM":
      return {
        text: T(
          `geen toestemming om '${path}' te lezen: vraag leesrechten of kopieer het bestand`,
          `no permission to read '${path}': ask for read access or copy the file`,
        ),
        exit: EXIT_FILE_SYSTEM,
      };
    default:
      return {
        text: T(
          `kon '${path}' niet lezen (${code}): kijk het bestand na`,
          `could not read '${path}' (${code}): check the file`,
        ),
        exit: EXIT_FILE_SYSTEM,
      };
  }
}

/** The one-line error for a failed write of `path` (the user's path, not a temporary file). */
export function writeFailure(error: unknown, path: string): CliError {
  if (error instanceof CliError) return error;
  const code = isFsError(error) ? error.code : "EIO";
  const { text, exit } = writeText(code, path);
  return new FileSystemError(text, exit);
}

/** The one-line error for a node:fs error that escaped a command (mostly reads of inputs). */
export function fsFailure(error: NodeJS.ErrnoException & { code: string }): CliError {
  const path = error.path ?? (error as { dest?: string }).dest ?? "?";
  // Outputs are written by safe-write.ts, which names its own failures: what escapes is a read,
  // unless the call itself only writes.
  const writing = /^(write|rename|mkdir|unlink|fsync|rmdir)$/.test(error.syscall ?? "");
  const { text, exit } = writing ? writeText(error.code, path) : readText(error.code, path);
  return new FileSystemError(text, exit);
}
