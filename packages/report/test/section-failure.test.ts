/**
 * A section whose analysis throws is shown, not swallowed: the report still comes out with every
 * other section, and says at the top "could not be computed: <why>" in both languages (the page
 * shows the chosen one), with the reason kept as text.
 */
import { renderReportHtml } from "@ecolens/viz";
import { describe, expect, it, vi } from "vitest";
import { buildReportModel } from "../src/index.ts";
import { load } from "./helpers/inventory.ts";

const boom = vi.hoisted(() => ({ on: true }));
vi.mock("@ecolens/analysis", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@ecolens/analysis")>();
  return {
    ...actual,
    suggestLinks: (...args: Parameters<typeof actual.suggestLinks>) => {
      if (boom.on) throw new Error("no candidate pairs <b>here</b>");
      return actual.suggestLinks(...args);
    },
  };
});

describe("a section that throws", () => {
  it("is named in the model with its reason, and the other sections are there", async () => {
    boom.on = true;
    const model = await buildReportModel(load(), "nl", { seed: 3 });
    expect(model.suggestions).toBeUndefined();
    expect(model.failures).toEqual([
      {
        section: "suggestions",
        message: {
          nl: "Voorgestelde verbindingen: kon niet berekend worden: no candidate pairs <b>here</b>",
          en: "Suggested links: could not be computed: no candidate pairs <b>here</b>",
        },
      },
    ]);
    expect(model.critical?.[0]).toMatchObject({ id: "ocmw", cutOff: 1 });
    expect(model.figures?.length).toBeGreaterThan(3);
  });

  it("shows the sentence in the report's HTML, escaped, with the rest of the report present", async () => {
    boom.on = true;
    const model = await buildReportModel(load(), "en", { seed: 3 });
    const html = await renderReportHtml(model, { lang: "nl" });
    expect(html).toContain(
      '<span data-l="nl">Voorgestelde verbindingen: kon niet berekend worden: no candidate pairs &lt;b&gt;here&lt;/b&gt;</span>',
    );
    expect(html).toContain(
      '<span data-l="en">Suggested links: could not be computed: no candidate pairs &lt;b&gt;here&lt;/b&gt;</span>',
    );
    expect(html).toContain('data-failure="suggestions"');
    expect(html).not.toContain("<b>here</b>");
    for (const id of ["findings", "map", "critical", "quality", "method"])
      expect(html).toContain(`<section class="block" id="${id}"`);
    expect(html).not.toContain('<section class="block" id="suggestions"');
  });

  it("leaves no failure note when every section computes", async () => {
    boom.on = false;
    const model = await buildReportModel(load(), "nl", { seed: 3 });
    expect(model.failures).toBeUndefined();
    expect(model.suggestions?.length).toBeGreaterThan(0);
    const html = await renderReportHtml(model, { lang: "nl" });
    expect(html).not.toContain("data-failure=");
    expect(html).toContain('<section class="block" id="suggestions"');
  });
});
