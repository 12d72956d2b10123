/**
 * A collected round on the map (issue 16 §4): ties not confirmed by both partners are carried
 * into the embedded payload, drawn lighter and thinner, and named in the legend; inputs without
 * tie statuses carry nothing and get no legend entry.
 */
import { describe, expect, it } from "vitest";
import { EDGE_COLOUR, UNCONFIRMED_EDGE_COLOUR } from "../src/encode/palette.ts";
import { encodePayload } from "../src/report/payload.ts";
import { decodeEdges } from "../src/viewer/decode.ts";
import { edgeStyle } from "../src/viewer/edge-style.ts";
import { tieStatusItems } from "../src/viewer/legend.ts";
import { sampleModel } from "./helpers/sample-model.ts";

const plain = sampleModel(12);
const collected = {
  ...plain,
  edges: plain.edges.map((e, i) => ({ ...e, confirmed: i % 3 !== 0 })),
};
const unconfirmed = collected.edges.filter((e) => !e.confirmed).length;

describe("ties not confirmed by both partners", () => {
  it("are carried through the payload to the viewer", () => {
    const edges = decodeEdges(encodePayload(collected, "nl", "t"));
    expect(edges.map((e) => e.confirmed)).toEqual(collected.edges.map((e) => e.confirmed));
    expect(unconfirmed).toBeGreaterThan(0);
  });
  it("are drawn lighter and thinner on the map, with a legend entry in nl and en", () => {
    const edges = decodeEdges(encodePayload(collected, "nl", "t"));
    const maxW = Math.max(...edges.map((e) => e.weight));
    const attrs = edges.map((e) => edgeStyle(e, maxW));
    const weak = attrs.filter((a) => a.unconfirmed);
    expect(weak).toHaveLength(unconfirmed);
    expect(weak.every((a) => a.color === UNCONFIRMED_EDGE_COLOUR)).toBe(true);
    const strong = attrs.filter((a) => !a.unconfirmed);
    expect(strong.every((a) => a.color === EDGE_COLOUR)).toBe(true);
    // Each unconfirmed tie is thinner than the same tie confirmed.
    for (const e of edges.filter((x) => x.confirmed === false))
      expect(edgeStyle(e, maxW).size).toBeLessThan(edgeStyle({ ...e, confirmed: true }, maxW).size);
    expect(tieStatusItems(unconfirmed, "nl")).toEqual([
      expect.objectContaining({
        label: "niet bevestigd door beide partners",
        count: unconfirmed,
        line: true,
      }),
    ]);
    expect(tieStatusItems(unconfirmed, "en")[0].label).toBe("not confirmed by both partners");
  });
  it("leave inputs without tie statuses as they were (no flag, no legend entry)", () => {
    const p = encodePayload(plain, "nl", "t");
    expect(p.edges.c).toBeUndefined();
    const edges = decodeEdges(p);
    expect(edges.every((e) => e.confirmed === undefined)).toBe(true);
    expect(edges.every((e) => edgeStyle(e, 1).color === EDGE_COLOUR && !edgeStyle(e, 1).unconfirmed)).toBe(
      true,
    );
    expect(tieStatusItems(0, "nl")).toEqual([]);
  });
});
