/**
 * "Learning paths" / "Leerpaden": the pathway coverage matrix with its reading and a legend, and
 * example routes for the priority target groups: each route's story and steps with a "show on
 * map" button (numbered as `exampleRoutes` numbers them in the payload), or, where no route
 * exists, where the chain breaks and who could mend it. Data passes through bi/escapeHtml.
 */
import { PATHWAY_STATUS_COLOURS, PATHWAY_STATUS_LABELS, pathwayChart } from "../charts/pathway-coverage.ts";
import { label } from "../charts/svg.ts";
import { SECTION_TEXT as S } from "../i18n/sections-text.ts";
import { perLang as both, say } from "../i18n/text.ts";
import type { LearningExample, ReportModel, Text } from "../model.ts";
import { escapeHtml } from "../text/escape.ts";
import { bi, ui } from "./html.ts";
import { chartFigure } from "./sections.ts";

function statusLegend(): string {
  return `<ul class="legend-list status-legend">${(
    Object.keys(PATHWAY_STATUS_COLOURS) as Array<keyof typeof PATHWAY_STATUS_COLOURS>
  )
    .map(
      (s) =>
        `<li><span class="swatch swatch-square" style="--swatch:${PATHWAY_STATUS_COLOURS[s]}" aria-hidden="true"></span>${bi(PATHWAY_STATUS_LABELS[s])}</li>`,
    )
    .join("")}<li>★ ${bi(S.paths_priority_group)}</li></ul>`;
}

function learnerTitle(model: ReportModel, e: LearningExample): Text {
  return both((lang) => {
    const parts = [
      label(model.vocab, "target_group", e.learner.group, lang),
      label(model.vocab, "theme", e.learner.theme, lang),
    ];
    if (e.learner.age !== undefined) parts.push(say(S.paths_age, lang, { age: e.learner.age }));
    if (e.learner.barriers.length > 0)
      parts.push(
        say(S.paths_barrier, lang, {
          barriers: e.learner.barriers.map((b) => label(model.vocab, "barrier_type", b, lang)).join(", "),
        }),
      );
    return parts.join(" · ");
  });
}

function exampleHtml(model: ReportModel, e: LearningExample, firstRoute: number): string {
  const routes = e.routes
    .map((r, i) => {
      const k = firstRoute + i;
      const steps = r.steps
        .map(
          (s) =>
            `<li${s.blocked ? ' class="blocked"' : ""}><strong>${escapeHtml(s.org_name)}</strong>${s.title ? ` · ${escapeHtml(s.title)}` : ""} <span class="muted">(${bi(
              both((lang) =>
                [
                  label(model.vocab, "learning_context", s.learning_context, lang),
                  s.recognition && s.recognition !== "none"
                    ? label(model.vocab, "recognition", s.recognition, lang)
                    : "",
                  s.place ?? "",
                ]
                  .filter(Boolean)
                  .join(", "),
              ),
            )})</span>${s.blocked ? ` <span class="blocked-tag">${bi(S.paths_blocked)}</span>` : ""}</li>`,
        )
        .join("");
      return `<div class="route"><p>${bi(r.story)}</p><ol class="route-steps">${steps}</ol><button type="button" class="action screen-only" data-route="${k}" aria-pressed="false">${ui("showOnMap")}</button></div>`;
    })
    .join("");
  // Where the chain breaks: the whole answer when there is no route, else a note (e.g. every
  // route passes a barrier, and who works on it).
  const breaks =
    e.breaks.length > 0
      ? (e.routes.length > 0 ? `<h5>${bi(S.paths_breaks)}</h5>` : "") +
        e.breaks
          .map(
            (b) =>
              `<p class="break">${bi(b.sentence)}</p>${
                b.menders.length > 0
                  ? `<p class="muted">${bi(S.paths_menders)}: ${escapeHtml(b.menders.slice(0, 8).join(", "))}${b.menders.length > 8 ? " …" : ""}</p>`
                  : ""
              }`,
          )
          .join("")
      : "";
  return `<article class="route-example"><h4>${bi(learnerTitle(model, e))}</h4><p>${bi(e.summary)}</p>${routes}${breaks}</article>`;
}

export function learningPathsSection(model: ReportModel): string {
  const lp = model.learningPaths;
  if (!lp) return "";
  const parts: string[] = [`<p class="lead">${bi(S.paths_lead)}</p>`];
  const chart = pathwayChart(model);
  // The chart's reading says what the summary says; without a chart the summary stands alone.
  if (chart) parts.push(`<div class="charts charts-wide">${chartFigure(chart, statusLegend())}</div>`);
  else parts.push(`<p>${bi(lp.summary)}</p>`);
  if (lp.examples.length > 0) {
    parts.push(`<h3>${bi(S.paths_examples)}</h3><p class="muted">${bi(S.paths_examples_lead)}</p>`);
    let k = 0;
    const examples: string[] = [];
    for (const e of lp.examples) {
      examples.push(exampleHtml(model, e, k));
      k += e.routes.length;
    }
    parts.push(`<div class="route-examples">${examples.join("")}</div>`);
  }
  return parts.join("");
}

/** A sentence for the key findings: the coverage summary. */
export function pathFindings(model: ReportModel): Text[] {
  return model.learningPaths ? [model.learningPaths.summary] : [];
}
