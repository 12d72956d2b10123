/**
 * The file-system calls ecolens writes its outputs with, behind one object so tests can inject
 * faults (a full disk, a read-only file system, no permission) that cannot be produced for real
 * on every machine: tests run as root, where chmod does not stop a write.
 */
import * as fs from "node:fs";

export interface FsLayer {
  openSync(path: string, flags: string, mode?: number): number;
  writeSync(fd: number, data: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
  mkdirSync(path: string): void;
  rmSync(path: string, options: { recursive: boolean; force: boolean }): void;
}

const real: FsLayer = {
  openSync: (path, flags, mode) => fs.openSync(path, flags, mode),
  writeSync: (fd, data, offset, length) => fs.writeSync(fd, data, offset, length),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
  renameSync: (from, to) => fs.renameSync(from, to),
  unlinkSync: (path) => fs.unlinkSync(path),
  mkdirSync: (path) => {
    fs.mkdirSync(path);
  },
  rmSync: (path, options) => fs.rmSync(path, options),
};

let current: FsLayer = real;

/** The layer in use (the real file system unless a test replaced it). */
export function fsLayer(): FsLayer {
  return current;
}

/** For tests: use `layer` (e.g. the real one with a fault) until the returned function is called. */
export function replaceFsLayer(layer: Partial<FsLayer>): () => void {
  const before = current;
  current = { ...real, ...layer };
  return () => {
    current = before;
  };
}

/** The real layer, for tests that wrap one call and pass the others through. */
export const realFsLayer: FsLayer = real;
