/** The helicopter view's headline numbers, straight from the analysis (the same as `ecolens analyse`). */
import { type Code, type Lang, t } from "../i18n/catalogue.ts";
import type { Headline } from "../worker/protocol.ts";
import { el } from "./dom.ts";
import { decimal, integer, percent } from "./format.ts";

/** What a figure means, in a line under it (a number alone says little to a newcomer). */
const HINTS: Record<string, Code> = {
  relations: "hint.relations",
  ties: "hint.ties",
  density: "hint.density",
  components: "hint.components",
  largest: "hint.largest",
  isolates: "hint.isolates",
};

function figure(id: string, code: Code, text: string, raw: number | null, lang: Lang): HTMLElement {
  const hint = HINTS[id];
  return el("div", { class: "figure", "data-figure": id, "data-value": raw === null ? "" : String(raw) }, [
    el("dt", {}, [t(code, lang)]),
    el("dd", {}, [text]),
    hint ? el("dd", { class: "hint" }, [t(hint, lang)]) : null,
  ]);
}

function topList(
  code: Code,
  rows: Headline["brokers"],
  lang: Lang,
  value: (v: number) => string,
  hint?: Code,
): HTMLElement {
  return el("section", { class: "top" }, [
    el("h3", {}, [t(code, lang)]),
    hint ? el("p", { class: "hint" }, [t(hint, lang)]) : null,
    rows.length === 0
      ? el("p", { class: "muted" }, [t("overview.none", lang)])
      : el(
          "ol",
          {},
          rows.map((r) =>
            el("li", {}, [
              el("span", { class: "label" }, [r.label]),
              " ",
              el("span", { class: "muted" }, [value(r.value)]),
            ]),
          ),
        ),
  ]);
}

export function renderOverview(panel: HTMLElement, h: Headline, lang: Lang): void {
  const grid = el("dl", { class: "figures" }, [
    figure("organisations", "overview.organisations", integer(h.organisations, lang), h.organisations, lang),
    figure("relations", "overview.relations", integer(h.relations, lang), h.relations, lang),
    figure("ties", "overview.ties", integer(h.ties, lang), h.ties, lang),
    figure("density", "overview.density", decimal(h.density, lang, 4), h.density, lang),
    figure(
      "components",
      "overview.components",
      h.components === null ? "–" : integer(h.components, lang),
      h.components,
      lang,
    ),
    figure("largest", "overview.largest", percent(h.largestShare, lang), h.largestShare, lang),
    figure("isolates", "overview.isolates", integer(h.isolates, lang), h.isolates, lang),
  ]);
  panel.replaceChildren(
    grid,
    el("div", { class: "tops" }, [
      topList("overview.brokers", h.brokers, lang, (v) => decimal(v, lang, 3), "hint.brokers"),
      topList("overview.critical", h.cutPoints, lang, (v) =>
        v === 1 ? t("overview.cutoff_one", lang) : t("overview.cutoff", lang, { count: integer(v, lang) }),
      ),
    ]),
  );
}
