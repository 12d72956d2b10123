/**
 * "What changed" / "Wat veranderde": the story of the inventory rounds (headline and verdict),
 * the key figures over the rounds (chart and table), bridging per municipality, brokers that
 * rose and fell, the relations and organisations that came and went (a button shows them on the
 * map), and the matches a person should confirm. All data passes through bi/cell (escaped).
 */
import { roundsChart, roundValue } from "../charts/rounds.ts";
import { fmtNumber, label, pct } from "../charts/svg.ts";
import { SECTION_TEXT as S } from "../i18n/sections-text.ts";
import { UI } from "../i18n/strings.ts";
import { perLang as both, same, sayBoth } from "../i18n/text.ts";
import type { ChangesModel, ReportModel, Text } from "../model.ts";
import { escapeHtml } from "../text/escape.ts";
import { bi, type Cell, cell, sortableTable, ui } from "./html.ts";
import { chartFigure } from "./sections.ts";

const MARK: Record<string, string> = { better: "✓", worse: "✗", same: "=", neutral: "", unknown: "?" };

function nameList(names: string[], max = 30): string {
  const shown = names.slice(0, max).map(escapeHtml).join(", ");
  return names.length > max ? `${shown}, … (+${names.length - max})` : shown;
}

function figuresTable(ch: ChangesModel): string {
  return sortableTable(
    "table-rounds",
    S.rounds_caption,
    [
      { head: UI.metric },
      ...ch.labels.map((l) => ({ head: same(l), numeric: true })),
      { head: S.rounds_goal },
    ],
    ch.figures.map((f) => {
      const lastMove = f.assessment;
      return [
        { html: bi(f.title) },
        ...f.values.map(
          (v): Cell => ({ html: bi(both((lang) => roundValue(f, v, lang))), v: v ?? undefined }),
        ),
        {
          html: `<span class="mark mark-${escapeHtml(lastMove)}" title="${escapeHtml(lastMove)}">${MARK[lastMove] ?? ""}</span>`,
        },
      ];
    }),
  );
}

function municipalityTable(model: ReportModel, ch: ChangesModel): string {
  const rows = ch.municipalities.filter((m) => m.old !== null || m.new !== null);
  if (rows.length === 0) return "";
  const status: Record<string, Text> = {
    newly_bridged: S.bridging_newly_bridged,
    lost_bridge: S.bridging_lost_bridge,
    still_none: S.bridging_still_none,
    bridged: S.bridging_bridged,
    no_sides: S.bridging_no_sides,
    not_compared: S.bridging_not_compared,
  };
  const name = (m: ChangesModel["municipalities"][number]) =>
    both((lang) => {
      const l = label(model.vocab, "municipality", m.municipality, lang);
      return l === m.municipality ? m.name : l;
    });
  return sortableTable(
    "table-rounds-municipalities",
    S.bridging_caption,
    [
      { head: UI.municipality },
      { head: same(ch.labels[ch.labels.length - 2]), numeric: true },
      { head: same(ch.labels[ch.labels.length - 1]), numeric: true },
      { head: S.bridging_status },
    ],
    rows.map((m) => [
      { html: bi(name(m)) },
      { html: bi(both((lang) => (m.old === null ? "–" : pct(m.old, lang)))), v: m.old ?? undefined },
      { html: bi(both((lang) => (m.new === null ? "–" : pct(m.new, lang)))), v: m.new ?? undefined },
      { html: bi(status[m.status] ?? same(m.status)) },
    ]),
  );
}

function relationTable(model: ReportModel, ch: ChangesModel): string {
  const rows = [
    ...ch.addedEdges.map((e) => ["added", e] as const),
    ...ch.removedEdges.map((e) => ["removed", e] as const),
  ];
  if (rows.length === 0) return "";
  const kind = { added: S.relations_added, removed: S.relations_removed };
  return sortableTable(
    "table-rounds-relations",
    S.relations_caption,
    [
      { head: S.relations_change },
      { head: UI.organisation },
      { head: UI.partner },
      { head: UI.relation_type },
      { head: S.relations_cross },
      { head: S.relations_on_map },
    ],
    rows.map(([k, e]) => [
      { html: `<span class="change-${k}">${bi(kind[k])}</span>` },
      cell(e.source_name),
      cell(e.target_name),
      { html: bi(both((lang) => label(model.vocab, "relation_type", e.relation_type, lang))) },
      { html: e.cross_line ? bi(S.relations_yes) : "" },
      {
        html: e.drawable ? bi(S.relations_yes) : bi(S.relations_not_drawn),
      },
    ]),
  );
}

function brokerTable(ch: ChangesModel): string {
  const rows = [...ch.risers, ...ch.fallers];
  if (rows.length === 0) return "";
  return sortableTable(
    "table-rounds-brokers",
    S.brokers_caption,
    [{ head: UI.organisation }, { head: S.brokers_change, numeric: true }],
    rows.map((r) => [
      cell(r.name),
      {
        html: bi(both((lang) => `${r.change > 0 ? "+" : ""}${fmtNumber(r.change, lang, 3)}`)),
        v: r.change,
      },
    ]),
  );
}

/** The rounds compared, the headline, the verdict with each goal, and the map toggle. */
function storyHtml(model: ReportModel, ch: ChangesModel): string {
  const parts = [
    `<p class="lead">${bi(sayBoth(S.changes_lead, { rounds: ch.labels.join(" → ") }))}</p>`,
    `<ul class="findings">${ch.headline.map((h) => `<li>${bi(h)}</li>`).join("")}</ul>`,
    `<div class="verdict verdict-${escapeHtml(ch.verdict)}"><p><strong>${bi(
      S.changes_verdict,
    )}</strong> ${bi(ch.verdictText)}</p><ul class="goals">${ch.goals
      .map(
        (g) =>
          `<li><span class="mark mark-${escapeHtml(g.assessment)}" aria-hidden="true">${MARK[g.assessment] || "·"}</span> ${bi(g.text)}</li>`,
      )
      .join("")}</ul></div>`,
  ];
  if (
    model.nodes.length > 0 &&
    (ch.addedEdges.length > 0 || ch.removedEdges.length > 0 || ch.addedOrgs.length > 0)
  )
    parts.push(
      `<p class="screen-only"><button type="button" class="action" data-show-changes aria-pressed="false">${ui("showChanges")}</button> <span class="muted">${bi(
        S.changes_map_key,
      )}</span></p>`,
    );
  return parts.join("");
}

/** The counts of what came and went, and the names of the new and stopped organisations. */
function organisationsHtml(model: ReportModel, ch: ChangesModel): string {
  const c = ch.counts;
  const orgNames = new Map(model.nodes.map((n) => [n.id, n.label]));
  const newNames = ch.addedOrgs.map((id) => orgNames.get(id) ?? id);
  const parts = [
    `<h3>${bi(S.changes_organisations)}</h3><p>${bi(
      sayBoth(S.changes_counts, {
        orgs_old: c.organisations.old,
        orgs_new: c.organisations.new,
        orgs_added: c.organisations.added,
        orgs_removed: c.organisations.removed,
        rels_old: c.relations.old,
        rels_new: c.relations.new,
        rels_added: c.relations.added,
        rels_removed: c.relations.removed,
        barriers_resolved: c.barriers.resolved,
        barriers_added: c.barriers.added,
        open_old: c.barriers.open_old,
        open_new: c.barriers.open_new,
        offers_added: c.offerings.added,
        offers_removed: c.offerings.removed,
      }),
    )}</p>`,
  ];
  if (newNames.length > 0)
    parts.push(`<p><strong class="change-added">${bi(S.changes_new)}:</strong> ${nameList(newNames)}</p>`);
  if (ch.removedOrgs.length > 0)
    parts.push(
      `<p><strong class="change-removed">${bi(S.changes_stopped)}:</strong> ${nameList(
        ch.removedOrgs.map((o) => o.name),
      )}</p>`,
    );
  return parts.join("");
}

/** Matches a person should confirm, and the earlier steps of more than two rounds. */
function openQuestionsHtml(ch: ChangesModel): string {
  const parts: string[] = [];
  if (ch.uncertain.length > 0)
    parts.push(
      `<h3>${bi(sayBoth(S.changes_uncertain, { n: ch.uncertain.length }))}</h3><ol class="uncertain">${ch.uncertain
        .slice(0, 50)
        .map((u) => `<li>${bi(u.message)}</li>`)
        .join("")}</ol><p class="muted">${bi(S.changes_uncertain_how)}</p>`,
    );
  if (ch.steps.length > 0)
    parts.push(
      `<h3>${bi(S.changes_earlier)}</h3>${ch.steps
        .map(
          (s) =>
            `<h4>${escapeHtml(s.from)} → ${escapeHtml(s.to)}</h4><ul>${s.headline.map((h) => `<li>${bi(h)}</li>`).join("")}</ul><p>${bi(s.verdictText)}</p>`,
        )
        .join("")}`,
    );
  return parts.join("");
}

export function changesSection(model: ReportModel): string {
  const ch = model.changes;
  if (!ch) return "";
  const parts = [storyHtml(model, ch)];
  const chart = roundsChart(model);
  if (chart) parts.push(`<div class="charts charts-wide">${chartFigure(chart)}</div>`);
  parts.push(`<div class="two-col">${figuresTable(ch)}${municipalityTable(model, ch)}</div>`);
  parts.push(organisationsHtml(model, ch));
  const relations = relationTable(model, ch);
  if (relations)
    parts.push(
      `<details class="more"><summary>${bi(
        sayBoth(S.changes_all_relations, { added: ch.addedEdges.length, removed: ch.removedEdges.length }),
      )}</summary>${relations}</details>`,
    );
  parts.push(brokerTable(ch));
  parts.push(openQuestionsHtml(ch));
  return parts.join("");
}

/** One or two sentences for the key findings: the first headline and the verdict. */
export function changeFindings(model: ReportModel): Text[] {
  const ch = model.changes;
  if (!ch) return [];
  const out: Text[] = [];
  if (ch.headline[0]) out.push(ch.headline[0]);
  out.push(ch.verdictText);
  return out;
}
