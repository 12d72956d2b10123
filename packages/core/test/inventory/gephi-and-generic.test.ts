/** Files written by Gephi and other tools: Id/Label/Source/Target/Weight, plain id/name/type/city. */
import { describe, expect, it } from "vitest";
import { csv, load, withCode } from "./helpers.ts";

describe("Gephi-style and generic headers", () => {
  it("imports a Gephi node and edge table", () => {
    const net = load([
      csv("nodes.csv", ["Id,Label,modularity_class", "a,Alpha,0", "b,Beta,1", "c,Gamma,1"]),
      csv("edges.csv", ["Source,Target,Type,Id,Label,Weight", "a,b,Undirected,0,,2.5", "b,c,Directed,1,,1"]),
    ]);
    expect(net.organisations.map((o) => [o.org_id, o.name, o.extra.modularity_class])).toEqual([
      ["a", "Alpha", "0"],
      ["b", "Beta", "1"],
      ["c", "Gamma", "1"],
    ]);
    expect(
      net.relations.map((r) => [r.source_id, r.target_id, r.directed, r.weight, r.relation_type]),
    ).toEqual([
      ["a", "b", false, 2.5, "tie"],
      ["b", "c", true, 1, "tie"],
    ]);
    // Gephi's edge Id/Label columns are unknown here: kept as extras, one warning each.
    expect(withCode(net, "UNKNOWN_COLUMN").map((f) => [f.file, f.column])).toEqual([
      ["edges.csv", "Id"],
      ["edges.csv", "Label"],
      ["nodes.csv", "modularity_class"],
    ]);
    expect(net.report.errors).toBe(0);
  });

  it("plain id/name/type/city: type is org_type, city the municipality", () => {
    const net = load([csv("organisations.csv", ["id,name,type,city", "x,X,library,Ieper"])]);
    expect(net.organisations[0]).toMatchObject({
      org_id: "x",
      org_type: "library",
      municipality: "Ieper",
      nis_code: "33011",
    });
  });

  it("in relations, `type` is the relation type when it holds relation types", () => {
    const net = load([
      csv("organisations.csv", ["id,name", "a,A", "b,B"]),
      csv("relations.csv", ["source,target,type", "a,b,funding"]),
    ]);
    expect(net.relations[0]).toMatchObject({
      source_id: "a",
      target_id: "b",
      relation_type: "funding",
      directed: true,
    });
  });

  it("`source` is provenance when a source_id column exists, Gephi's Source otherwise", () => {
    const net = load([
      csv("organisations.csv", ["id,name", "a,A", "b,B"]),
      csv("relations.csv", ["source_id,target_id,relation_type,source", "a,b,referral,survey 2024"]),
    ]);
    expect(net.relations[0]).toMatchObject({ source_id: "a", source: "survey 2024" });
    expect(net.report.findings.filter((f) => f.file === "relations.csv")).toEqual([]);
  });

  it("reads a single file by its headers when its name says nothing", () => {
    const net = load([csv("my-network.csv", ["Id,Label", "a,A"])]);
    expect(net.organisations).toHaveLength(1);
    expect(withCode(net, "FILE_KIND_FROM_HEADERS")).toHaveLength(1);
  });

  it("recognises Dutch file names with a prefix or suffix (organisaties_2024.csv)", () => {
    const net = load([
      csv("Organisaties 2024.csv", ["org_id,naam", "a,A"]),
      csv("westhoek-relaties.csv", ["van,naar,type", "a,a,overleg"]),
    ]);
    expect(net.report.files.map((f) => f.kind)).toEqual(["organisations", "relations"]);
  });
});
