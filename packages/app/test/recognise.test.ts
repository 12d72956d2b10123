/** File recognition: which reader a dropped file goes to, and why a file is not read. */
import { describe, expect, it } from "vitest";
import { type NamedBytes, planRead, recogniseFile } from "../src/files/recognise.ts";

const file = (name: string, text = ""): NamedBytes => ({ name, bytes: new TextEncoder().encode(text) });

describe("recogniseFile", () => {
  it("goes by the extension as the CLI does", () => {
    expect(recogniseFile(file("organisaties.csv"))).toBe("inventory");
    expect(recogniseFile(file("Ronde 2026.XLSX"))).toBe("inventory");
    expect(recogniseFile(file("lijst.tsv"))).toBe("inventory");
    expect(recogniseFile(file("netwerk.gexf"))).toBe("gexf");
    expect(recogniseFile(file("netwerk.graphml"))).toBe("graphml");
    expect(recogniseFile(file("graaf.json"))).toBe("json");
    expect(recogniseFile(file("graaf.net"))).toBe("pajek");
    expect(recogniseFile(file("graaf.paj"))).toBe("pajek");
  });

  it("looks inside .xml for GEXF, else takes GraphML", () => {
    expect(recogniseFile(file("a.xml", '<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3">'))).toBe(
      "gexf",
    );
    expect(recogniseFile(file("b.xml", '<?xml version="1.0"?>\n<graphml xmlns="x">'))).toBe("graphml");
  });

  it("names what it does not read, with the reason", () => {
    expect(recogniseFile(file("~$organisaties.xlsx"))).toEqual({
      name: "~$organisaties.xlsx",
      reason: "ignored.lockfile",
    });
    expect(recogniseFile(file("map/foto.png"))).toEqual({ name: "map/foto.png", reason: "ignored.unknown" });
    expect(recogniseFile(file("macro.xlsm"))).toEqual({ name: "macro.xlsm", reason: "ignored.macro" });
    expect(recogniseFile(file("zonder-extensie"))).toEqual({
      name: "zonder-extensie",
      reason: "ignored.unknown",
    });
  });
});

describe("planRead", () => {
  it("reads every inventory file together and names the rest", () => {
    const plan = planRead([
      file("relaties.csv"),
      file("organisaties.csv"),
      file("netwerk.gexf"),
      file("notities.docx"),
    ]);
    expect(plan.kind).toBe("inventory");
    if (plan.kind !== "inventory") throw new Error("unreachable");
    expect(plan.files.map((f) => f.name)).toEqual(["organisaties.csv", "relaties.csv"]);
    expect(plan.ignored).toEqual([
      { name: "notities.docx", reason: "ignored.unknown" },
      { name: "netwerk.gexf", reason: "ignored.mixed" },
    ]);
  });

  it("reads the first network file by name and names the others", () => {
    const plan = planRead([file("b.graphml"), file("a.gexf")]);
    expect(plan.kind).toBe("gexf");
    expect(plan.ignored).toEqual([
      { name: "b.graphml", reason: "ignored.second", values: { first: "a.gexf" } },
    ]);
  });

  it("has nothing to read when no file is known", () => {
    expect(planRead([file("x.pdf")])).toEqual({
      kind: "none",
      ignored: [{ name: "x.pdf", reason: "ignored.unknown" }],
    });
    expect(planRead([])).toEqual({ kind: "none", ignored: [] });
  });
});

describe("a binary file named .csv", () => {
  const bytes = (head: number[]) => ({ name: "foto.csv", bytes: new Uint8Array([...head, 0, 1, 2, 3]) });

  it("is named with what it is instead of being read as hundreds of broken rows", () => {
    expect(recogniseFile(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toEqual({
      name: "foto.csv",
      reason: "ignored.binary",
      values: { format: "PNG" },
    });
    expect(recogniseFile({ ...bytes([0x50, 0x4b, 0x03, 0x04]), name: "ronde.txt" })).toMatchObject({
      reason: "ignored.binary",
      values: { format: "ZIP (.xlsx, .docx, .zip)" },
    });
    expect(recogniseFile(bytes([0x25, 0x50, 0x44, 0x46, 0x2d]))).toMatchObject({ values: { format: "PDF" } });
  });

  it("leaves text files, UTF-16 ones included, to the inventory reader", () => {
    expect(recogniseFile(file("organisaties.csv", "organisatie_id;naam\n"))).toBe("inventory");
    expect(recogniseFile(bytes([0xff, 0xfe, 0x6f, 0x00]))).toBe("inventory");
    expect(recogniseFile(file("leeg.csv", ""))).toBe("inventory");
  });
});

describe("the same file twice", () => {
  it("reads it once and names the copy, instead of rejecting every row as a duplicate", () => {
    const text = "organisatie_id;naam\no1;Een\n";
    const plan = planRead([
      file("organisaties.csv", text),
      file("kopie/organisaties.csv", text),
      file("relaties.csv", "van;naar\no1;o1\n"),
    ]);
    if (plan.kind !== "inventory") throw new Error(`expected an inventory, got ${plan.kind}`);
    expect(plan.files.map((f) => f.name)).toEqual(["kopie/organisaties.csv", "relaties.csv"]);
    expect(plan.ignored).toEqual([
      { name: "organisaties.csv", reason: "ignored.duplicate", values: { first: "kopie/organisaties.csv" } },
    ]);
  });

  it("keeps files that only share a name or a length, and empty files (core reports them)", () => {
    const plan = planRead([
      file("a/organisaties.csv", "x;y\n1;2\n"),
      file("b/organisaties.csv", "x;y\n1;3\n"),
      file("leeg.csv"),
      file("leeg2.csv"),
    ]);
    if (plan.kind !== "inventory") throw new Error(`expected an inventory, got ${plan.kind}`);
    expect(plan.files).toHaveLength(4);
    expect(plan.ignored).toEqual([]);
  });
});
