/**
 * Interns vertex ids given as byte slices, without creating a string per edge endpoint
 * (performance.md §8: mapping ids to vertex numbers this way cut XL parsing from 11.6 s to 4.2 s).
 * Each distinct id's bytes are copied once into an arena; an open-addressing hash table (linear
 * probing, FNV-1a hash: Fowler, Noll & Vo) maps a slice to its vertex number. Strings are made
 * once per distinct id, at the end.
 */
export class IdTable {
  private slots: Int32Array;
  private mask: number;
  private arena: Uint8Array;
  private arenaUsed = 0;
  private starts: Int32Array;
  private lengths: Int32Array;
  private hashes: Int32Array;
  size = 0;

  constructor(expected = 1024) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.slots = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
    this.arena = new Uint8Array(Math.max(256, expected * 8));
    this.starts = new Int32Array(Math.max(16, expected));
    this.lengths = new Int32Array(Math.max(16, expected));
    this.hashes = new Int32Array(Math.max(16, expected));
  }

  /** The vertex number of `bytes[start, end)`, adding it when new. */
  intern(bytes: Uint8Array, start: number, end: number): number {
    let h = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
    const len = end - start;
    let slot = h & this.mask;
    for (;;) {
      const v = this.slots[slot];
      if (v < 0) break;
      if (this.hashes[v] === h && this.lengths[v] === len && this.equals(v, bytes, start, len)) return v;
      slot = (slot + 1) & this.mask;
    }
    const v = this.add(bytes, start, len, h);
    this.slots[slot] = v;
    if (this.size * 2 > this.mask) this.rehash();
    return v;
  }

  /** The vertex number of `bytes[start, end)`, or -1 when unknown. */
  find(bytes: Uint8Array, start: number, end: number): number {
    let h = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
    const len = end - start;
    let slot = h & this.mask;
    for (;;) {
      const v = this.slots[slot];
      if (v < 0) return -1;
      if (this.hashes[v] === h && this.lengths[v] === len && this.equals(v, bytes, start, len)) return v;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Every id as a string, in vertex order. */
  strings(): string[] {
    const decoder = new TextDecoder("utf-8");
    const out = new Array<string>(this.size);
    for (let v = 0; v < this.size; v++) {
      const s = this.starts[v];
      const len = this.lengths[v];
      let ascii = true;
      for (let i = s; i < s + len; i++)
        if (this.arena[i] >= 0x80) {
          ascii = false;
          break;
        }
      // latin1 of ASCII bytes is the same text and much faster to make than a UTF-8 decode.
      out[v] = ascii
        ? String.fromCharCode.apply(null, this.arena.subarray(s, s + len) as unknown as number[])
        : decoder.decode(this.arena.subarray(s, s + len));
    }
    return out;
  }

  private equals(v: number, bytes: Uint8Array, start: number, len: number): boolean {
    const a = this.arena;
    const s = this.starts[v];
    for (let i = 0; i < len; i++) if (a[s + i] !== bytes[start + i]) return false;
    return true;
  }

  private add(bytes: Uint8Array, start: number, len: number, h: number): number {
    const v = this.size++;
    if (v >= this.starts.length) {
      this.starts = grow32(this.starts);
      this.lengths = grow32(this.lengths);
      this.hashes = grow32(this.hashes);
    }
    if (this.arenaUsed + len > this.arena.length) {
      const bigger = new Uint8Array(Math.max(this.arena.length * 2, this.arenaUsed + len));
      bigger.set(this.arena.subarray(0, this.arenaUsed));
      this.arena = bigger;
    }
    this.arena.set(bytes.subarray(start, start + len), this.arenaUsed);
    this.starts[v] = this.arenaUsed;
    this.lengths[v] = len;
    this.hashes[v] = h;
    this.arenaUsed += len;
    return v;
  }

  private rehash(): void {
    const cap = this.slots.length * 2;
    this.slots = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
    for (let v = 0; v < this.size; v++) {
      let slot = this.hashes[v] & this.mask;
      while (this.slots[slot] >= 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = v;
    }
  }
}

function grow32(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
