/**
 * The CSR arrays of a GraphView copied once into SharedArrayBuffers, so worker threads read the
 * same memory instead of each getting a copy (performance.md §6). Ids stay in the main thread:
 * the all-pairs kernels only need vertex numbers.
 */
import type { GraphView } from "../view/graph-view.ts";

export interface SharedViewData {
  n: number;
  m: number;
  directed: boolean;
  weighted: boolean;
  outOffsets: Int32Array;
  outTargets: Int32Array;
  outWeights: Float64Array;
  inOffsets: Int32Array;
  inTargets: Int32Array;
  inWeights: Float64Array;
}

function shared<T extends Int32Array | Float64Array>(a: T): T {
  const Ctor = a.constructor as { new (b: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number };
  const copy = new Ctor(new SharedArrayBuffer(Math.max(1, a.length) * Ctor.BYTES_PER_ELEMENT));
  copy.set(a);
  return a.length === 0 ? (copy.subarray(0, 0) as T) : copy;
}

/** One shared copy per view: betweenness and the distance sums of one analysis share it. */
const sharedCopies = new WeakMap<GraphView, SharedViewData>();

export function toSharedView(view: GraphView): SharedViewData {
  let data = sharedCopies.get(view);
  if (!data) {
    data = copyToShared(view);
    sharedCopies.set(view, data);
  }
  return data;
}

function copyToShared(view: GraphView): SharedViewData {
  const outOffsets = shared(view.outOffsets);
  const outTargets = shared(view.outTargets);
  const outWeights = shared(view.outWeights);
  const same = view.inTargets === view.outTargets;
  return {
    n: view.n,
    m: view.m,
    directed: view.directed,
    weighted: view.weighted,
    outOffsets,
    outTargets,
    outWeights,
    inOffsets: same ? outOffsets : shared(view.inOffsets),
    inTargets: same ? outTargets : shared(view.inTargets),
    inWeights: same ? outWeights : shared(view.inWeights),
  };
}

/** A GraphView over shared arrays, without ids (kernels use vertex numbers only). */
export function fromSharedView(data: SharedViewData): GraphView {
  return { ...data, ids: [], index: new Map() };
}
