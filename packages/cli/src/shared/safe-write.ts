/**
 * Every file ecolens writes goes through here. A file is written to a temporary file in the target
 * folder, flushed to disk (fsync) and renamed over the target, so a full disk, a killed process or
 * any error leaves the earlier file as it was and no half file behind (the temporary file is
 * removed; after `kill -9` a hidden `.NAME.*.ecolens-tmp` may remain, never a broken NAME). A
 * folder of tables appears whole or not at all.
 *
 * The overwrite rule (docs/cli.md): an output may never be an input file, nor a file directly in
 * an input folder, nor the input folder itself (refused even with --force). An existing file is
 * replaced only with --force, or when ecolens recognisably wrote it as the same kind of output:
 * an HTML report (its generator mark) or a GEXF file (its creator). CSV tables, GraphML and JSON
 * carry no such mark: replacing them needs --force. Missing folders on the way are made, and
 * removed again when the write fails.
 */
import { closeSync, existsSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { msgText, optionHelp } from "../messages/index.ts";
import { UsageError } from "./errors.ts";
import { writeFailure } from "./fs-errors.ts";
import { fsLayer } from "./fs-layer.ts";
import { notedInputs } from "./input-paths.ts";

/** The help of every command's --force. */
export const FORCE_HELP = optionHelp("help.force");

export type OutputKind = "report" | "gexf" | "graphml" | "json" | "csv";

export interface WriteRules {
  kind: OutputKind;
  /** Replace an existing file that ecolens did not recognisably write. */
  force?: boolean;
  /**
   * Missing parent folders are created (and removed again when the write fails): `-o out/r.html`
   * works on a fresh checkout. Kept for callers that say so explicitly; the default is the same.
   */
  createParent?: boolean;
}

export interface FolderFile {
  name: string;
  data: Uint8Array | string;
}

const MARKS: Partial<Record<OutputKind, RegExp>> = {
  report: /<meta name="generator" content="ecolens">/,
  gexf: /<creator>ecolens<\/creator>/,
};
const CHUNK = 1 << 20;
let counter = 0;

/** The real path a (possibly not yet existing) output would have. */
function realTarget(path: string): string {
  const abs = resolve(path);
  if (existsSync(abs)) return realpathSync(abs);
  const parent = dirname(abs);
  return parent === abs ? abs : join(realTarget(parent), basename(abs));
}

/**
 * Refuses an output that is an input (file or folder) or a file directly in an input folder, with
 * any option and any --force. `asFolder`: the path is a folder of outputs, checked file by file.
 */
export function refuseInputTarget(path: string, asFolder = false): void {
  const real = realTarget(path);
  let st: { dev: number; ino: number } | undefined;
  try {
    st = statSync(real);
  } catch {
    st = undefined;
  }
  const inputs = notedInputs();
  const same = inputs.find(
    (input) => real === input.real || (st !== undefined && st.dev === input.dev && st.ino === input.ino),
  );
  if (same) throw new UsageError(msgText("output.is_input", { path }));
  // Directly in an input folder, an output would be read as input next time (an inventory
  // folder reads its own files, not subfolders): refused. A subfolder such as inv/out is fine.
  const folder = asFolder ? undefined : inputs.find((input) => input.folder && dirname(real) === input.real);
  if (folder) throw new UsageError(msgText("output.in_input_folder", { path, dir: folder.path }));
}

function startsWithMark(path: string, mark: RegExp): boolean {
  const fd = openSync(path, "r");
  try {
    // The mark sits in the page's <head> / the GEXF's <meta>: the first 64 kB are enough.
    const buf = Buffer.alloc(65536);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return mark.test(buf.subarray(0, n).toString("utf8"));
  } finally {
    closeSync(fd);
  }
}

const fsError = (code: string) => Object.assign(new Error(code), { code });

/** A new output goes into a folder that exists or can be made: no file may stand in the path. */
function checkParent(path: string): void {
  let parent = dirname(resolve(path));
  while (!existsSync(parent)) parent = dirname(parent);
  if (!statSync(parent).isDirectory()) throw writeFailure(fsError("ENOTDIR"), path);
}

/** Applies the overwrite rule to one target file; throws a usage error when it may not be written. */
export function checkOutputFile(path: string, rules: WriteRules): void {
  // `-o out.html/` names a folder: writing a file `out.html` there would not be what was asked.
  if (/[\\/]$/.test(path) && !(existsSync(path) && statSync(path).isDirectory()))
    throw new UsageError(msgText("output.trailing_slash", { path }));
  refuseInputTarget(path);
  const abs = resolve(path);
  if (!existsSync(abs)) {
    checkParent(path);
    return;
  }
  const st = statSync(abs);
  if (st.isDirectory()) throw writeFailure(fsError("EISDIR"), path);
  // A device, pipe or socket would be renamed over (even /dev/null with --force): never.
  if (!st.isFile()) throw new UsageError(msgText("output.not_regular", { path }));
  if (rules.force) return;
  const mark = MARKS[rules.kind];
  if (mark && startsWithMark(abs, mark)) return;
  // Only reports and GEXF carry a mark: of a workbook, table or picture ecolens cannot tell who wrote it.
  throw new UsageError(msgText(mark ? "output.exists_unmarked" : "output.exists", { path }));
}

const bytesOf = (data: Uint8Array | string): Uint8Array =>
  typeof data === "string" ? Buffer.from(data, "utf8") : data;

/** A hidden name next to `name`; a long name is shortened so the temporary name fits the 255 bytes too. */
function tempName(dir: string, name: string, tag: string): string {
  counter += 1;
  const stem = [...name].slice(0, 40).join("");
  return join(dir, `.${stem}.${process.pid}.${counter}.${tag}`);
}

/** Writes the bytes to a new file and flushes them to disk; removes the file on any failure. */
function writeFlushed(file: string, data: Uint8Array): void {
  const fs = fsLayer();
  const fd = fs.openSync(file, "wx", 0o666);
  try {
    for (let at = 0; at < data.length; ) {
      const n = fs.writeSync(fd, data, at, Math.min(CHUNK, data.length - at));
      at += n;
    }
    fs.fsyncSync(fd);
  } catch (error) {
    try {
      fs.closeSync(fd);
    } finally {
      removeQuietly(file);
    }
    throw error;
  }
  fs.closeSync(fd);
}

function removeQuietly(path: string): void {
  try {
    fsLayer().rmSync(path, { recursive: true, force: true });
  } catch {
    // Nothing more to do: the target itself was never touched.
  }
}

/** Makes the missing folders above `path`; returns them, deepest last, for removeMade. */
function makeParents(path: string): string[] {
  const missing: string[] = [];
  for (let p = dirname(resolve(path)); !existsSync(p); p = dirname(p)) missing.unshift(p);
  const made: string[] = [];
  try {
    for (const p of missing) {
      fsLayer().mkdirSync(p);
      made.push(p);
    }
  } catch (error) {
    // A later folder failed (too long a name, no space): the ones made so far go again.
    removeMade(made);
    throw error;
  }
  return made;
}

/** Removes folders makeParents made (after a failed write), deepest first. */
function removeMade(made: string[]): void {
  for (const p of [...made].reverse()) removeQuietly(p);
}

/** Writes one output file atomically under the overwrite rule (see the top of this file). */
export function writeOutputFile(path: string, data: Uint8Array | string, rules: WriteRules): void {
  checkOutputFile(path, rules);
  const abs = resolve(path);
  let temp: string | undefined;
  let made: string[] = [];
  try {
    made = makeParents(abs);
    temp = tempName(dirname(abs), basename(abs), "ecolens-tmp");
    writeFlushed(temp, bytesOf(data));
    fsLayer().renameSync(temp, abs);
    temp = undefined;
  } catch (error) {
    if (temp) removeQuietly(temp);
    removeMade(made);
    throw writeFailure(error, path);
  }
}

/** Checks a folder output and each table in it against the overwrite rule. */
export function checkOutputFolder(dir: string, names: string[], rules: WriteRules): boolean {
  refuseInputTarget(dir, true);
  for (const name of names) refuseInputTarget(join(dir, name));
  const abs = resolve(dir);
  if (!existsSync(abs)) {
    checkParent(dir);
    return false;
  }
  if (!statSync(abs).isDirectory()) throw new UsageError(msgText("output.folder_is_file", { dir }));
  for (const name of names) checkOutputFile(join(dir, name), rules);
  return true;
}

/**
 * Writes a folder of tables whole or not at all: a new folder is written under a temporary name
 * and renamed into place; into an existing folder, every table is first written to a temporary
 * file, then all are renamed into place, and a failure puts the earlier tables back.
 */
export function writeOutputFolder(dir: string, files: FolderFile[], rules: WriteRules): void {
  const exists = checkOutputFolder(
    dir,
    files.map((f) => f.name),
    rules,
  );
  try {
    if (exists) replaceInFolder(resolve(dir), files);
    else writeNewFolder(resolve(dir), files);
  } catch (error) {
    throw writeFailure(error, dir);
  }
}

function writeNewFolder(abs: string, files: FolderFile[]): void {
  const fs = fsLayer();
  const temp = tempName(dirname(abs), basename(abs), "ecolens-tmp");
  let made: string[] = [];
  try {
    made = makeParents(abs);
    fs.mkdirSync(temp);
    for (const f of files) writeFlushed(join(temp, f.name), bytesOf(f.data));
    fs.renameSync(temp, abs);
  } catch (error) {
    removeQuietly(temp);
    removeMade(made);
    throw error;
  }
}

function replaceInFolder(abs: string, files: FolderFile[]): void {
  const fs = fsLayer();
  const staged: Array<{ target: string; temp: string; backup: string | null; placed: boolean }> = [];
  try {
    for (const f of files) {
      const temp = tempName(abs, f.name, "ecolens-tmp");
      writeFlushed(temp, bytesOf(f.data));
      staged.push({ target: join(abs, f.name), temp, backup: null, placed: false });
    }
    for (const s of staged) {
      if (existsSync(s.target)) {
        const backup = tempName(abs, basename(s.target), "ecolens-old");
        fs.renameSync(s.target, backup);
        s.backup = backup;
      }
      fs.renameSync(s.temp, s.target);
      s.placed = true;
    }
  } catch (error) {
    rollBack(staged);
    throw error;
  }
  for (const s of staged) if (s.backup) removeQuietly(s.backup);
}

/** Puts every earlier table back and removes what this run wrote. */
function rollBack(staged: Array<{ target: string; temp: string; backup: string | null; placed: boolean }>) {
  const fs = fsLayer();
  for (const s of [...staged].reverse()) {
    try {
      if (s.placed) fs.unlinkSync(s.target);
      if (s.backup) fs.renameSync(s.backup, s.target);
    } catch {
      // Keep going: every other table still gets its earlier version back.
    }
    removeQuietly(s.temp);
  }
}
