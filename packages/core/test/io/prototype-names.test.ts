/**
 * Every name of Object.prototype and Function.prototype as node id, attribute name, key id and
 * value, in each reader: no exception, no error finding, every node and edge present, attributes
 * kept under their name (`__proto__` as `_proto_`).
 */
import { afterEach, describe, expect, it } from "vitest";
import { readGexf } from "../../src/io/gexf-read.ts";
import { readGraphml } from "../../src/io/graphml-read.ts";
import { readGraphologyJson } from "../../src/io/json-read.ts";
import { readNodeEdgeLists } from "../../src/io/lists-read.ts";
import { readPajek } from "../../src/io/pajek-read.ts";
import type { EcoNetwork } from "../../src/model/types.ts";
import { inputText } from "./tools.ts";

const NAMES = [
  ...new Set([
    ...Object.getOwnPropertyNames(Object.prototype),
    ...Object.getOwnPropertyNames(Function.prototype),
  ]),
].sort();
const HELD = NAMES;
const ATTR = (n: string) => (n === "__proto__" ? "_proto_" : n);

function expectAll(net: EcoNetwork) {
  expect(net.graph.nodes().sort()).toEqual(HELD);
  expect(net.report.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(net.graph.size).toBe(HELD.length - 1);
}

/** Enumerable names every object inherits: graphology once wrote `previous` there for `__proto__` ids. */
function inherited(): string[] {
  const names: string[] = [];
  for (const k in {}) names.push(k);
  return names;
}

describe("prototype member names in every reader", () => {
  // This file imports the readers only, not core's barrel: the builder itself must harden graphology.
  afterEach(() => expect(inherited()).toEqual([]));

  it("parallel edges into a node called __proto__ do not pollute Object.prototype", () => {
    const net = readNodeEdgeLists(
      inputText("e.csv", "source,target\nb,__proto__\nb,__proto__\n__proto__,__proto__\n"),
    );
    expect([net.graph.order, net.graph.size]).toEqual([2, 3]);
  });
  it("the names checked include the dangerous ones", () => {
    expect(NAMES).toEqual(
      expect.arrayContaining(["__proto__", "constructor", "toString", "valueOf", "call", "bind"]),
    );
  });

  it("GEXF: ids, attribute ids and titles, values", () => {
    const decl = NAMES.map((n) => `<attribute id="${n}" title="${n}" type="string"/>`).join("");
    const vals = NAMES.map((n) => `<attvalue for="${n}" value="${n}"/>`).join("");
    const nodes = NAMES.map((n) => `<node id="${n}" label="${n}"><attvalues>${vals}</attvalues></node>`).join(
      "\n",
    );
    const edges = HELD.slice(1)
      .map((n, i) => `<edge source="${HELD[i]}" target="${n}"/>`)
      .join("\n");
    const xml = `<gexf xmlns="http://gexf.net/1.3" xmlns:${NAMES[0]}="urn:x" version="1.3"><graph><attributes class="node">${decl}</attributes><nodes>\n${nodes}\n</nodes><edges>\n${edges}\n</edges></graph></gexf>`;
    const net = readGexf(inputText("p.gexf", xml));
    expectAll(net);
    expect(net.graph.getNodeAttribute("toString", "valueOf")).toBe("valueOf");
    expect(net.graph.getNodeAttributes("constructor")[ATTR("__proto__")]).toBe("__proto__");
  });

  it("GraphML: ids, key ids and names, values", () => {
    const keys = NAMES.map((n) => `<key id="${n}" for="node" attr.name="${n}" attr.type="string"/>`).join("");
    const data = NAMES.map((n) => `<data key="${n}">${n}</data>`).join("");
    const nodes = NAMES.map(
      (n) => `<node id="${n}">${data.replace(`<data key="id">id</data>`, "")}</node>`,
    ).join("\n");
    const edges = HELD.slice(1)
      .map((n, i) => `<edge source="${HELD[i]}" target="${n}"/>`)
      .join("\n");
    const xml = `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">${keys}<graph edgedefault="undirected">\n${nodes}\n${edges}\n</graph></graphml>`;
    const net = readGraphml(inputText("p.graphml", xml));
    expectAll(net);
    expect(net.graph.getNodeAttribute("valueOf", "toString")).toBe("toString");
  });

  it("graphology JSON: keys, attribute names, graph attributes, options", () => {
    const attrs = Object.fromEntries(NAMES.map((n) => [n, n]));
    const json = JSON.stringify({
      attributes: attrs,
      options: attrs,
      nodes: NAMES.map((n) => ({ key: n, attributes: attrs })),
      edges: HELD.slice(1).map((n, i) => ({
        source: HELD[i],
        target: n,
        attributes: attrs,
        undirected: true,
      })),
    });
    const net = readGraphologyJson(
      inputText("p.json", json.replace(/"attributes":\{/g, '"attributes":{"__proto__":"x",')),
    );
    expectAll(net);
    expect(net.graph.getNodeAttribute("call", "bind")).toBe("bind");
  });

  it("node and edge lists: headers, ids and values", () => {
    const header = ["id", ...NAMES.filter((n) => n !== "id")].join(",");
    const rows = NAMES.map((n) => [n, ...NAMES.filter((x) => x !== "id")].join(","));
    const edges = ["source,target,toString,__proto__", ...HELD.slice(1).map((n, i) => `${HELD[i]},${n},a,b`)];
    const net = readNodeEdgeLists(
      inputText("e.csv", edges.join("\n")),
      inputText("n.csv", [header, ...rows].join("\n")),
    );
    expectAll(net);
    expect(net.graph.getNodeAttribute("apply", "constructor")).toBe("constructor");
  });

  it("edge list without a node list: ids created from the edges", () => {
    const edges = ["source,target", ...HELD.slice(1).map((n, i) => `${HELD[i]},${n}`)];
    const net = readNodeEdgeLists(inputText("e.csv", edges.join("\n")));
    expect(net.graph.nodes().sort()).toEqual(HELD);
    expect(net.graph.size).toBe(HELD.length - 1);
    expect(net.report.findings).toEqual([]);
  });

  it("Pajek: labels", () => {
    const text = [`*Vertices ${NAMES.length}`, ...NAMES.map((n, i) => `${i + 1} "${n}"`), "*Edges"];
    HELD.slice(1).forEach((n, i) => {
      text.push(`${NAMES.indexOf(HELD[i]) + 1} ${NAMES.indexOf(n) + 1}`);
    });
    expectAll(readPajek(inputText("p.net", text.join("\n"))));
  });
});
