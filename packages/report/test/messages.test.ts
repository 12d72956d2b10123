import { describe, expect, it } from "vitest";
import { MESSAGES, msg } from "../src/messages.ts";
import { computeSection, SectionLog } from "../src/section-result.ts";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the report's message catalogue", () => {
  it("has every code in Dutch and English, with the same placeholders", () => {
    for (const [code, text] of Object.entries(MESSAGES)) {
      expect(text.nl.trim(), code).not.toBe("");
      expect(text.en.trim(), code).not.toBe("");
      expect(placeholders(text.nl), code).toEqual(placeholders(text.en));
    }
  });

  it("fills numbers in each language's locale and Text values per language", () => {
    expect(msg("figure.ties.explanation_parallel", { extra: 2121 }).nl).toContain("2.121 relaties");
    expect(msg("figure.ties.explanation_parallel", { extra: 2121 }).en).toContain("2,121 relations");
    expect(msg("section.failed", { section: { nl: "A", en: "B" }, reason: "$& {x}" })).toEqual({
      nl: "A: kon niet berekend worden: $& {x}",
      en: "B: could not be computed: $& {x}",
    });
  });
});

describe("section results", () => {
  it("keeps a value and notes a failure with its first line", () => {
    expect(computeSection("clusters", () => 7)).toEqual({ section: "clusters", ok: true, value: 7 });
    const log = new SectionLog();
    expect(
      log.run("geo", () => {
        throw new TypeError("no boundaries\n    at somewhere");
      }),
    ).toBeUndefined();
    expect(log.run("mixing", () => "fine")).toBe("fine");
    expect(log.failures).toEqual([
      {
        section: "geo",
        message: {
          nl: "Kaart van de gemeenten: kon niet berekend worden: no boundaries",
          en: "Map of the municipalities: could not be computed: no boundaries",
        },
      },
    ]);
  });
});
