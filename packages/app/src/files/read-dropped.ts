/**
 * Files from the page into bytes with the File API (nothing is uploaded): a file input, a folder
 * input (`webkitdirectory`: names are the paths inside the folder) or a drop, folders included.
 */
import type { NamedBytes } from "./recognise.ts";

async function fromFile(file: File, name = file.webkitRelativePath || file.name): Promise<NamedBytes> {
  return { name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export function readFileList(list: FileList | File[]): Promise<NamedBytes[]> {
  return Promise.all([...list].map((f) => fromFile(f)));
}

function entryFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function directoryEntries(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function walk(entry: FileSystemEntry, out: NamedBytes[]): Promise<void> {
  if (entry.isFile) {
    const file = await entryFile(entry as FileSystemFileEntry);
    out.push(await fromFile(file, entry.fullPath.replace(/^\//, "")));
  } else if (entry.isDirectory) {
    for (const child of await directoryEntries(entry as FileSystemDirectoryEntry)) await walk(child, out);
  }
}

/** A drop: folders are walked; browsers without entries give the plain file list. */
export async function readDrop(data: DataTransfer): Promise<NamedBytes[]> {
  const entries = [...data.items]
    .map((item) => (item.kind === "file" ? item.webkitGetAsEntry?.() : null))
    .filter((e): e is FileSystemEntry => Boolean(e));
  if (entries.length === 0) return readFileList(data.files);
  const out: NamedBytes[] = [];
  for (const entry of entries) await walk(entry, out);
  return out;
}
