/** Pajek .net: the reader on hand-written files (every section kind, quotes, weights, broken lines) and the writer. */
import { describe, expect, it } from "vitest";
import { readPajek } from "../../src/io/pajek-read.ts";
import { pajekLabel, writePajek } from "../../src/io/pajek-write.ts";
import { edgeSignatures, emptyGraph, hostileGraph, networkOf } from "./networks.ts";
import { inputText } from "./tools.ts";

const read = (text: string) => readPajek(inputText("t.net", text));
const codes = (net: ReturnType<typeof read>) => net.report.findings.map((f) => f.code);

describe("readPajek", () => {
  it("vertices with quoted labels, *Arcs and *Edges with weights, comments: keyed by label", () => {
    const net = read(
      [
        "% made by hand",
        '*Network "Florentine"',
        "*Vertices 3",
        '1 "Medici" 0.1 0.2 0.5',
        '2 "Della Strozzi"',
        "3 Pazzi",
        "*Arcs",
        "1 2 2.5",
        "*Edges",
        "2 3",
        "3 3 1",
      ].join("\r\n"),
    );
    expect(net.report.findings).toEqual([]);
    expect(net.graph.nodes()).toEqual(["Medici", "Della Strozzi", "Pazzi"]);
    expect(net.graph.getAttribute("name")).toBe("Florentine");
    expect(edgeSignatures(net.graph)).toEqual([
      "Della Strozzi|Pazzi|false|tie|1",
      "Medici|Della Strozzi|true|tie|2.5",
      "Pazzi|Pazzi|false|tie|1",
    ]);
    expect(net.source.kind).toBe("pajek");
    expect(net.report.files[0]).toMatchObject({ kind: "pajek", dataRows: 6, imported: 6, rejected: 0 });
  });

  it("duplicate or missing labels: keyed by vertex number, labels kept", () => {
    const net = read('*Vertices 3\n1 "x"\n2 "x"\n*Edges\n1 3\n');
    expect(net.graph.nodes()).toEqual(["1", "2", "3"]);
    expect(net.graph.getNodeAttribute("2", "label")).toBe("x");
    expect(net.graph.getNodeAttribute("3", "label")).toBe("3");
    expect(net.graph.size).toBe(1);
  });

  it("*Arcslist, *Edgeslist and *Matrix; a two-mode *Vertices n n1 gives each vertex its mode", () => {
    const lists = read("*Vertices 4 2\n*Arcslist\n1 2 3\n*Edgeslist\n4 1 2\n");
    expect(lists.graph.getNodeAttribute("1", "mode")).toBe(1);
    expect(lists.graph.getNodeAttribute("3", "mode")).toBe(2);
    expect(edgeSignatures(lists.graph)).toEqual([
      "1|2|true|tie|1",
      "1|3|true|tie|1",
      "1|4|false|tie|1",
      "2|4|false|tie|1",
    ]);
    const matrix = read("*Vertices 2\n*Matrix\n0 3\n1.5 0\n");
    expect(edgeSignatures(matrix.graph)).toEqual(["1|2|true|tie|3", "2|1|true|tie|1.5"]);
  });

  it("broken input: findings with line numbers, never an exception", () => {
    const net = read(
      [
        "1 2",
        "*Vertices 2",
        "1 a",
        "7 b",
        "*Edges",
        "1 9",
        "1",
        "1 2 -4",
        "1 2 abc",
        "*Partition x",
        "1",
      ].join("\n"),
    );
    const byCode = (c: string) => net.report.findings.filter((f) => f.code === c);
    expect(byCode("PAJEK_UNEXPECTED_LINE").map((f) => f.row)).toEqual([1, 7]);
    expect(byCode("PAJEK_BAD_VERTEX")[0]).toMatchObject({ row: 4, value: "7" });
    expect(byCode("DANGLING_EDGE")[0]).toMatchObject({ row: 6, value: "9" });
    expect(byCode("BAD_WEIGHT").map((f) => [f.row, f.value, f.severity])).toEqual([
      [8, "-4", "error"],
      [9, "abc", "warning"],
    ]);
    expect(byCode("PAJEK_SECTION_IGNORED")[0]).toMatchObject({ row: 10 });
    expect(net.graph.size).toBe(1);
    expect(net.graph.getEdgeAttribute(net.graph.edges()[0], "weight")).toBe(1);
  });

  it("no *Vertices, or an absurd vertex count: one error, empty network", () => {
    expect(codes(read("hello\n"))).toContain("PAJEK_NO_VERTICES");
    const huge = read("*Vertices 999999999999\n");
    expect(codes(huge)).toEqual(["PAJEK_VERTEX_COUNT"]);
    expect(huge.graph.order).toBe(0);
  });
});

describe("writePajek", () => {
  it("labels are the ids, quoted; quotes, backslashes and control characters replaced and counted", () => {
    expect(pajekLabel('a "b"\\c\u001b')).toEqual({ text: `"a 'b'/c "`, changed: true });
    const g = hostileGraph(false);
    g.addNode('say "hi"', { label: "x" } as never);
    g.addNode("back\\slash\n", { label: "y" } as never);
    const text = writePajek(networkOf(g));
    expect(text).toMatch(/^% ecolens: vertex labels are the node ids/);
    expect(text).toContain("*Vertices 9\n");
    expect(text).toContain(`8 "say 'hi'"`);
    expect(text).toContain('1 "<script>alert(1)</script>"');
    expect(text).toContain("% ecolens: 2 id(s) with quotes");
    const back = readPajek(inputText("b.net", text));
    expect(back.graph.order).toBe(9);
    expect(back.graph.hasNode("back/slash ")).toBe(true);
    expect(back.graph.size).toBe(g.size);
    expect(back.graph.hasNode("__proto__")).toBe(true);
  });

  it("an empty network is a valid file that reads back empty", () => {
    const back = readPajek(inputText("e.net", writePajek(networkOf(emptyGraph()))));
    expect([back.graph.order, back.report.errors]).toEqual([0, 0]);
  });
});
