/**
 * File-system failures as one line that names the path and says what to do (nl/en), never an
 * "internal error". Exit codes (docs/cli.md): a path that cannot serve (a folder given as a file,
 * a missing folder, a file in the middle of a path) is a usage error (2); the machine refusing a
 * write or read that should work (disk full, read-only, no permission, I/O error) is 3.
 */
import { dirname } from "node:path";
import type { Text } from "@ecolens/core";
import { type MessageCode, msgText } from "../messages/index.ts";
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

type Failure = { text: Text; exit: number };

/** Each refused write: its message and exit code (2: the path cannot serve; 3: the machine refused). */
const WRITE: Record<string, [MessageCode, number]> = {
  ENOSPC: ["fs.write.full", EXIT_FILE_SYSTEM],
  EDQUOT: ["fs.write.full", EXIT_FILE_SYSTEM],
  EROFS: ["fs.write.read_only", EXIT_FILE_SYSTEM],
  EACCES: ["fs.write.permission", EXIT_FILE_SYSTEM],
  EPERM: ["fs.write.permission", EXIT_FILE_SYSTEM],
  EISDIR: ["fs.write.folder", EXIT_USAGE],
  ENOENT: ["fs.write.no_folder", EXIT_USAGE],
  ENOTDIR: ["fs.not_a_folder", EXIT_USAGE],
  ENAMETOOLONG: ["fs.write.too_long", EXIT_USAGE],
};

/** Each refused read: its message and exit code. */
const READ: Record<string, [MessageCode, number]> = {
  ENOENT: ["fs.read.missing", EXIT_USAGE],
  EISDIR: ["fs.read.folder", EXIT_USAGE],
  ENOTDIR: ["fs.not_a_folder", EXIT_USAGE],
  EACCES: ["fs.read.permission", EXIT_FILE_SYSTEM],
  EPERM: ["fs.read.permission", EXIT_FILE_SYSTEM],
};

function failure(
  table: Record<string, [MessageCode, number]>,
  other: MessageCode,
  code: string,
  path: string,
): Failure {
  const [message, exit] = Object.hasOwn(table, code) ? table[code] : [other, EXIT_FILE_SYSTEM];
  return { text: msgText(message, { path, dir: dirname(path), value: code }), exit };
}

const writeText = (code: string, path: string): Failure => failure(WRITE, "fs.write.other", code, path);
const readText = (code: string, path: string): Failure => failure(READ, "fs.read.other", code, path);

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
