/**
 * Options every network-file reader takes, and the label choice they share: a node's label is the
 * attribute the user names (`--label-attr`), else the format's own label (GEXF `label`, a GraphML
 * key named `label` or, as igraph writes it, `name`), else the id.
 */

import { msgText } from "../messages/index.ts";
import type { NetworkBuilder } from "./network-builder.ts";

export interface ReadOptions {
  /** Take node labels from this attribute (GEXF attribute title, GraphML key name, JSON attribute). */
  labelAttr?: string;
}

/** A usable label value: non-empty text, or a finite number as text. */
export function labelText(v: unknown): string | undefined {
  if (typeof v === "string" && v.trim() !== "") return v;
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return undefined;
}

/** Counts how often the chosen label attribute was found; warns once when it never was. */
export class LabelChoice {
  private hits = 0;
  private readonly seen = new Set<string>();

  constructor(private readonly labelAttr: string | undefined) {}

  /** The label for a node with these attributes, or undefined to use the format's own. */
  pick(attrs: Record<string, unknown>): string | undefined {
    if (this.labelAttr === undefined) return undefined;
    for (const k of Object.keys(attrs)) if (this.seen.size < 50) this.seen.add(k);
    const v = Object.hasOwn(attrs, this.labelAttr) ? labelText(attrs[this.labelAttr]) : undefined;
    if (v !== undefined) this.hits++;
    return v;
  }

  /** After all nodes: a warning when --label-attr named an attribute no node has. */
  report(builder: NetworkBuilder, file: string): void {
    if (this.labelAttr === undefined || this.hits > 0) return;
    const names = [...this.seen].filter((k) => k !== "label").sort();
    const list = names.length > 0 ? names.map((n) => `'${n}'`).join(", ") : "–";
    builder.report(
      file,
      "warning",
      "LABEL_ATTR_MISSING",
      { column: this.labelAttr, value: this.labelAttr },
      msgText("read-options.label_attr_missing", { labelAttr: this.labelAttr, list }),
    );
  }
}

/** The info finding for reverse arcs merged back into their undirected tie (edge-notes.ts). */
export function reportMirrors(builder: NetworkBuilder, file: string, count: number): void {
  if (count === 0) return;
  builder.report(
    file,
    "info",
    "MIRROR_ARCS_MERGED",
    {},
    msgText("read-options.mirror_arcs_merged", { count }),
  );
}
