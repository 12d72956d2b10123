/**
 * The session's files in IndexedDB (this browser, this origin), so a reload brings the last
 * session back; `forget` deletes the database. Nothing here leaves the machine.
 */
import type { NamedBytes } from "../files/recognise.ts";

export type Round = "current" | "previous";
export const DB_NAME = "ecolens";
const STORE = "rounds";

export interface StoredSession {
  current: NamedBytes[];
  previous: NamedBytes[];
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function open(): Promise<IDBDatabase> {
  const req = indexedDB.open(DB_NAME, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE);
  return request(req);
}

export function storageAvailable(): boolean {
  return typeof indexedDB !== "undefined";
}

export async function saveRound(round: Round, files: NamedBytes[]): Promise<void> {
  const db = await open();
  try {
    const tx = db.transaction(STORE, "readwrite");
    tx.objectStore(STORE).put(
      files.map((f) => ({ name: f.name, bytes: f.bytes })),
      round,
    );
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export async function loadSession(): Promise<StoredSession> {
  const db = await open();
  try {
    const store = db.transaction(STORE, "readonly").objectStore(STORE);
    const [current, previous] = await Promise.all(
      (["current", "previous"] as const).map((round) => request(store.get(round))),
    );
    return {
      current: (current as NamedBytes[] | undefined) ?? [],
      previous: (previous as NamedBytes[] | undefined) ?? [],
    };
  } finally {
    db.close();
  }
}

/** Deletes the whole database: files and everything else this app kept. */
export function forgetSession(): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    req.onblocked = () => resolve();
  });
}
