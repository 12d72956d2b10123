/**
 * The files and folders the current command reads, so no output can land on one of them: every
 * reader notes its path here (input.ts, --since, --matches), and safe-write.ts refuses an output
 * that is an input file (same real path or same inode: symlinks and hard links included) or lies
 * inside an input folder. main.ts clears the list before each command.
 */
import { readFileSync, realpathSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { fsFailure, isFsError } from "./fs-errors.ts";

export interface NotedInput {
  /** As the user gave it. */
  path: string;
  real: string;
  folder: boolean;
  dev: number;
  ino: number;
}

const noted = new Map<string, NotedInput>();

/** Notes an input path; paths that do not exist (yet) are ignored: nothing was read from them. */
export function noteInput(path: string): void {
  try {
    const real = realpathSync(resolve(path));
    if (noted.has(real)) return;
    const st = statSync(real);
    noted.set(real, { path, real, folder: st.isDirectory(), dev: st.dev, ino: st.ino });
  } catch {
    // Not there: the reader reports that itself.
  }
}

export function notedInputs(): NotedInput[] {
  return [...noted.values()];
}

export function clearNotedInputs(): void {
  noted.clear();
}

/** The bytes of an input file; a failed read names the path (node's EISDIR error does not). */
export function readBytes(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    if (isFsError(error)) throw fsFailure(Object.assign(error, { path, syscall: "read" }));
    throw error;
  }
}
