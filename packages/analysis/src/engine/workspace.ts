/**
 * Scratch arrays kept by one thread across the source chunks of an all-pairs job, so a thread
 * allocates its n-sized work arrays once instead of once per chunk. Typed arrays live outside
 * V8's heap and their garbage is collected late: with fresh arrays per chunk, each worker held
 * about 80 MB of dead arrays at L (100,000 vertices) before a collection caught up.
 *
 * Arrays are handed out filled with their start value on every `take`, so a chunk that stopped
 * half-way (an abort) never leaves dirt for the next one. One workspace serves one view.
 */
import { IndexedMinHeap } from "./heap.ts";

type Typed = Int32Array | Float64Array | Uint8Array;

export class Workspace {
  private readonly arrays = new Map<string, Typed>();
  private readonly heaps = new Map<string, IndexedMinHeap>();
  private readonly derived = new Map<string, unknown>();

  int32(key: string, n: number, start = 0): Int32Array {
    return this.take(key, n, start, Int32Array);
  }

  float64(key: string, n: number, start = 0): Float64Array {
    return this.take(key, n, start, Float64Array);
  }

  uint8(key: string, n: number, start = 0): Uint8Array {
    return this.take(key, n, start, Uint8Array);
  }

  /** An empty heap of capacity n over `keys` (the caller's distance array from this workspace). */
  heap(key: string, n: number, keys: Float64Array): IndexedMinHeap {
    const kept = this.heaps.get(key);
    if (kept?.uses(n, keys)) {
      kept.clear();
      return kept;
    }
    const h = new IndexedMinHeap(n, keys);
    this.heaps.set(key, h);
    return h;
  }

  /** A value computed once per workspace (edge lengths, say), then returned as is. */
  once<T>(key: string, make: () => T): T {
    if (!this.derived.has(key)) this.derived.set(key, make());
    return this.derived.get(key) as T;
  }

  private take<T extends Typed>(key: string, n: number, start: number, Ctor: new (n: number) => T): T {
    const full = `${Ctor.name}:${key}`;
    let a = this.arrays.get(full) as T | undefined;
    if (!a || a.length !== n) {
      a = new Ctor(n);
      this.arrays.set(full, a);
    }
    a.fill(start);
    return a;
  }
}
