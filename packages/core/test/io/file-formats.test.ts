/**
 * One table decides which reader a file goes to, for the CLI and the app alike: by extension,
 * ignoring case and folders, with `.xml` sniffed for GEXF; unknown extensions are null.
 */
import { describe, expect, it } from "vitest";
import { fileFormatOf, READABLE_EXTENSIONS, readNetworkFile } from "../../src/io/file-formats.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("fileFormatOf", () => {
  it("knows every extension ecolens reads", () => {
    expect(fileFormatOf("organisaties.csv")).toBe("inventory");
    expect(fileFormatOf("map/ronde 2024/RELATIES.TSV")).toBe("inventory");
    expect(fileFormatOf("inventaris.xlsx")).toBe("inventory");
    expect(fileFormatOf("macro.xlsm")).toBe("inventory");
    expect(fileFormatOf("net.gexf")).toBe("gexf");
    expect(fileFormatOf("net.GraphML")).toBe("graphml");
    expect(fileFormatOf("net.json")).toBe("json");
    for (const e of ["net", "paj", "pajek"]) expect(fileFormatOf(`a.${e}`)).toBe("pajek");
    expect(READABLE_EXTENSIONS).toContain(".gexf");
  });

  it("sniffs .xml: a GEXF document is GEXF, anything else GraphML", () => {
    expect(
      fileFormatOf("export.xml", bytes('<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3">')),
    ).toBe("gexf");
    expect(fileFormatOf("export.xml", bytes('<?xml version="1.0"?><graphml>'))).toBe("graphml");
    expect(fileFormatOf("export.xml")).toBe("graphml");
  });

  it("refuses what it does not read, and a name without extension", () => {
    for (const name of ["photo.png", "README", ".csv", "report.html"]) expect(fileFormatOf(name)).toBeNull();
  });

  it("reads a network file with its format's reader", () => {
    const pajek = readNetworkFile("pajek", {
      name: "a.net",
      bytes: bytes('*Vertices 2\n1 "a"\n2 "b"\n*Edges\n1 2\n'),
    });
    expect(pajek.graph.order).toBe(2);
    expect(pajek.source.kind).toBe("pajek");
  });
});
