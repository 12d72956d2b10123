/**
 * An indexed binary min-heap of vertices keyed by a shared Float64Array (the Dijkstra distances),
 * with decrease-key. Typed arrays only, allocated once and reused across sources, so a
 * single-source run allocates nothing. Ties are broken by vertex index for determinism.
 * (Textbook structure: Cormen et al., Introduction to Algorithms, ch. 6.)
 */
export class IndexedMinHeap {
  private readonly heap: Int32Array;
  /** Position of each vertex in `heap`, or -1 when absent. */
  private readonly pos: Int32Array;
  private size = 0;

  constructor(
    capacity: number,
    private readonly key: Float64Array,
  ) {
    this.heap = new Int32Array(capacity);
    this.pos = new Int32Array(capacity).fill(-1);
  }

  /** Whether this heap was made for `capacity` vertices keyed by `key` (a workspace reuses it then). */
  uses(capacity: number, key: Float64Array): boolean {
    return this.heap.length === capacity && this.key === key;
  }

  /** Empties the heap (after a run that stopped half-way). */
  clear(): void {
    for (let i = 0; i < this.size; i++) this.pos[this.heap[i]] = -1;
    this.size = 0;
  }

  get length(): number {
    return this.size;
  }

  has(v: number): boolean {
    return this.pos[v] >= 0;
  }

  /** Insert `v`, or move it up after its key decreased. */
  push(v: number): void {
    let i = this.pos[v];
    if (i < 0) {
      i = this.size++;
      this.heap[i] = v;
      this.pos[v] = i;
    }
    this.up(i);
  }

  pop(): number {
    const top = this.heap[0];
    this.pos[top] = -1;
    const last = this.heap[--this.size];
    if (this.size > 0) {
      this.heap[0] = last;
      this.pos[last] = 0;
      this.down(0);
    }
    return top;
  }

  private less(a: number, b: number): boolean {
    const ka = this.key[a];
    const kb = this.key[b];
    return ka < kb || (ka === kb && a < b);
  }

  private up(i: number): void {
    const { heap, pos } = this;
    const v = heap[i];
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent];
      if (!this.less(v, p)) break;
      heap[i] = p;
      pos[p] = i;
      i = parent;
    }
    heap[i] = v;
    pos[v] = i;
  }

  private down(i: number): void {
    const { heap, pos } = this;
    const v = heap[i];
    const n = this.size;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && this.less(heap[r], heap[l]) ? r : l;
      if (!this.less(heap[c], v)) break;
      heap[i] = heap[c];
      pos[heap[i]] = i;
      i = c;
    }
    heap[i] = v;
    pos[v] = i;
  }
}
