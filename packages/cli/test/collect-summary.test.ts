/** `ecolens collect`'s summary writes counts as the locale does (2.123 / 2,123) and no "relatie(s)". */
import type { CollectResult } from "@ecolens/core";
import { describe, expect, it } from "vitest";
import { summary } from "../src/commands/collect.ts";

const result = (removed: number): CollectResult => ({
  sheets: [],
  respondents: Array.from({ length: 1200 }, (_, i) => `o${i}`),
  nonRespondents: [],
  ties: { confirmed: 2119, reported_by_one: 2, contradicted: 2, no_response: 0 },
  removed: Array.from({ length: removed }, () => ({}) as CollectResult["removed"][number]),
  problems: [],
});

describe("collect summary", () => {
  it("(nl) thousands with a dot; one deleted relation is 'relatie'", () => {
    const text = summary(result(1), "nl", 1250);
    expect(text).toContain("Formulieren terug: 1.200 van 1.250 organisaties (96%)");
    expect(text).toContain("Relaties: 2.123\n");
    expect(text).toContain("bevestigd door beide: 2.119 (100%)");
    expect(text).toContain("Verwijderd door de partners: 1 relatie\n");
    expect(text).not.toContain("(s)");
  });
  it("(en) thousands with a comma; two deleted relations are 'relations'", () => {
    const text = summary(result(2), "en", 1250);
    expect(text).toContain("Forms returned: 1,200 of 1,250 organisations (96%)");
    expect(text).toContain("Relations: 2,123\n");
    expect(text).toContain("Deleted by the partners: 2 relations\n");
  });
});
