/**
 * "What changed" / "Wat veranderde": the story of the inventory rounds (headline and verdict),
 * the key figures over the rounds (chart and table), bridging per municipality, brokers that
 * rose and fell, the relations and organisations that came and went (a button shows them on the
 * map), and the matches a person should confirm. All data passes through bi/cell (escaped).
 */
import { roundsChart, roundValue } from "../charts/rounds.ts";
import { fmtNumber, label, pct } from "../charts/svg.ts";
import { UI } from "../i18n/strings.ts";
import type { ChangesModel, Lang, ReportModel, Text } from "../model.ts";
import { escapeHtml } from "./escape.ts";
import { bi, type Cell, cell, sortableTable, ui } from "./html.ts";
import { chartFigure } from "./sections.ts";

const both = (make: (lang: Lang) => string): Text => ({ nl: make("nl"), en: make("en") });
const MARK: Record<string, string> = { better: "✓", worse: "✗", same: "=", neutral: "", unknown: "?" };
const T = (nl: string, en: string): Text => ({ nl, en });

function nameList(names: string[], max = 30): string {
  const shown = names.slice(0, max).map(escapeHtml).join(", ");
  return names.length > max ? `${shown}, … (+${names.length - max})` : shown;
}

function figuresTable(ch: ChangesModel): string {
  return sortableTable(
    "table-rounds",
    T("Kerncijfers per ronde", "Key figures per round"),
    [
      { head: UI.metric },
      ...ch.labels.map((l) => ({ head: { nl: l, en: l }, numeric: true })),
      { head: T("Doel", "Goal") },
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
    newly_bridged: T("nieuw verbonden", "newly bridged"),
    lost_bridge: T("verbinding verloren", "bridge lost"),
    still_none: T("nog altijd geen", "still none"),
    bridged: T("verbonden", "bridged"),
    no_sides: T("–", "–"),
    not_compared: T("niet in beide rondes", "not in both rounds"),
  };
  const name = (m: ChangesModel["municipalities"][number]) =>
    both((lang) => {
      const l = label(model.vocab, "municipality", m.municipality, lang);
      return l === m.municipality ? m.name : l;
    });
  return sortableTable(
    "table-rounds-municipalities",
    T(
      "Organisaties met een band formeel ↔ non-formeel/informeel, per gemeente",
      "Organisations with a formal ↔ non-formal/informal tie, per municipality",
    ),
    [
      { head: UI.municipality },
      { head: { nl: ch.labels[ch.labels.length - 2], en: ch.labels[ch.labels.length - 2] }, numeric: true },
      { head: { nl: ch.labels[ch.labels.length - 1], en: ch.labels[ch.labels.length - 1] }, numeric: true },
      { head: T("Stand", "Status") },
    ],
    rows.map((m) => [
      { html: bi(name(m)) },
      { html: bi(both((lang) => (m.old === null ? "–" : pct(m.old, lang)))), v: m.old ?? undefined },
      { html: bi(both((lang) => (m.new === null ? "–" : pct(m.new, lang)))), v: m.new ?? undefined },
      { html: bi(status[m.status] ?? { nl: m.status, en: m.status }) },
    ]),
  );
}

function relationTable(model: ReportModel, ch: ChangesModel): string {
  const rows = [
    ...ch.addedEdges.map((e) => ["added", e] as const),
    ...ch.removedEdges.map((e) => ["removed", e] as const),
  ];
  if (rows.length === 0) return "";
  const kind = { added: T("nieuw", "new"), removed: T("weggevallen", "lost") };
  return sortableTable(
    "table-rounds-relations",
    T("Nieuwe en weggevallen relaties", "New and lost relations"),
    [
      { head: T("Verandering", "Change") },
      { head: UI.organisation },
      { head: UI.partner },
      { head: UI.relation_type },
      { head: T("Formeel ↔ informeel", "Formal ↔ informal") },
      { head: T("Op de kaart", "On the map") },
    ],
    rows.map(([k, e]) => [
      { html: `<span class="change-${k}">${bi(kind[k])}</span>` },
      cell(e.source_name),
      cell(e.target_name),
      { html: bi(both((lang) => label(model.vocab, "relation_type", e.relation_type, lang))) },
      { html: e.cross_line ? bi(T("ja", "yes")) : "" },
      {
        html: e.drawable ? bi(T("ja", "yes")) : bi(T("nee: een partner is gestopt", "no: a partner stopped")),
      },
    ]),
  );
}

function brokerTable(ch: ChangesModel): string {
  const rows = [...ch.risers, ...ch.fallers];
  if (rows.length === 0) return "";
  return sortableTable(
    "table-rounds-brokers",
    T(
      "Grootste stijgers en dalers als bruggenbouwer (betweenness)",
      "Largest rises and falls as broker (betweenness)",
    ),
    [{ head: UI.organisation }, { head: T("Verschil", "Change"), numeric: true }],
    rows.map((r) => [
      cell(r.name),
      {
        html: bi(both((lang) => `${r.change > 0 ? "+" : ""}${fmtNumber(r.change, lang, 3)}`)),
        v: r.change,
      },
    ]),
  );
}

export function changesSection(model: ReportModel): string {
  const ch = model.changes;
  if (!ch) return "";
  const parts: string[] = [];
  parts.push(
    `<p class="lead">${bi(
      both((lang) =>
        lang === "nl"
          ? `Vergeleken inventarisrondes: ${ch.labels.join(" → ")}. Organisaties zijn gekoppeld op code, KBO-nummer en naam in dezelfde gemeente.`
          : `Inventory rounds compared: ${ch.labels.join(" → ")}. Organisations are matched by id, KBO number and name in the same municipality.`,
      ),
    )}</p>`,
  );
  parts.push(`<ul class="findings">${ch.headline.map((h) => `<li>${bi(h)}</li>`).join("")}</ul>`);
  parts.push(
    `<div class="verdict verdict-${escapeHtml(ch.verdict)}"><p><strong>${bi(
      T("Ging het ecosysteem vooruit?", "Did the ecosystem move toward its goals?"),
    )}</strong> ${bi(ch.verdictText)}</p><ul class="goals">${ch.goals
      .map(
        (g) =>
          `<li><span class="mark mark-${escapeHtml(g.assessment)}" aria-hidden="true">${MARK[g.assessment] || "·"}</span> ${bi(g.text)}</li>`,
      )
      .join("")}</ul></div>`,
  );
  if (
    model.nodes.length > 0 &&
    (ch.addedEdges.length > 0 || ch.removedEdges.length > 0 || ch.addedOrgs.length > 0)
  )
    parts.push(
      `<p class="screen-only"><button type="button" class="action" data-show-changes aria-pressed="false">${ui("showChanges")}</button> <span class="muted">${bi(
        T(
          "Groen: nieuwe relaties en organisaties; rood: weggevallen relaties; grijs: organisaties met zo'n relatie; lichtgrijs: ongewijzigd.",
          "Green: new relations and organisations; red: lost relations; grey: organisations with such a relation; light grey: unchanged.",
        ),
      )}</span></p>`,
    );
  const chart = roundsChart(model);
  if (chart) parts.push(`<div class="charts charts-wide">${chartFigure(chart)}</div>`);
  parts.push(`<div class="two-col">${figuresTable(ch)}${municipalityTable(model, ch)}</div>`);
  const c = ch.counts;
  const orgNames = new Map(model.nodes.map((n) => [n.id, n.label]));
  const newNames = ch.addedOrgs.map((id) => orgNames.get(id) ?? id);
  parts.push(
    `<h3>${bi(T("Organisaties", "Organisations"))}</h3><p>${bi(
      both((lang) =>
        lang === "nl"
          ? `${c.organisations.old} → ${c.organisations.new}: ${c.organisations.added} nieuw, ${c.organisations.removed} gestopt. Relaties ${c.relations.old} → ${c.relations.new}: ${c.relations.added} nieuw, ${c.relations.removed} weggevallen. Drempels: ${c.barriers.resolved} opgelost, ${c.barriers.added} nieuw (open: ${c.barriers.open_old} → ${c.barriers.open_new}). Leerkansen: ${c.offerings.added} nieuw, ${c.offerings.removed} weg.`
          : `${c.organisations.old} → ${c.organisations.new}: ${c.organisations.added} new, ${c.organisations.removed} stopped. Relations ${c.relations.old} → ${c.relations.new}: ${c.relations.added} new, ${c.relations.removed} lost. Barriers: ${c.barriers.resolved} resolved, ${c.barriers.added} new (open: ${c.barriers.open_old} → ${c.barriers.open_new}). Learning offers: ${c.offerings.added} new, ${c.offerings.removed} gone.`,
      ),
    )}</p>`,
  );
  if (newNames.length > 0)
    parts.push(
      `<p><strong class="change-added">${bi(T("Nieuw", "New"))}:</strong> ${nameList(newNames)}</p>`,
    );
  if (ch.removedOrgs.length > 0)
    parts.push(
      `<p><strong class="change-removed">${bi(T("Gestopt (niet op de kaart)", "Stopped (not on the map)"))}:</strong> ${nameList(
        ch.removedOrgs.map((o) => o.name),
      )}</p>`,
    );
  const relations = relationTable(model, ch);
  if (relations)
    parts.push(
      `<details class="more"><summary>${bi(
        T(
          `Alle ${ch.addedEdges.length} nieuwe en ${ch.removedEdges.length} weggevallen relaties`,
          `All ${ch.addedEdges.length} new and ${ch.removedEdges.length} lost relations`,
        ),
      )}</summary>${relations}</details>`,
    );
  parts.push(brokerTable(ch));
  if (ch.uncertain.length > 0)
    parts.push(
      `<h3>${bi(T(`Te bevestigen koppelingen (${ch.uncertain.length})`, `Matches to confirm (${ch.uncertain.length})`))}</h3><ol class="uncertain">${ch.uncertain
        .slice(0, 50)
        .map((u) => `<li>${bi(u.message)}</li>`)
        .join("")}</ol><p class="muted">${bi(
        T(
          "Tot ze bevestigd zijn tellen ze als gestopt + nieuw. Bevestigen: 'ecolens diff <oud> <nieuw> --csv MAP', vul in MAP/uncertain_matches.csv de kolom decision in (same/different) en maak het rapport opnieuw met --matches MAP/uncertain_matches.csv.",
          "Until confirmed they count as stopped + new. To confirm: 'ecolens diff <old> <new> --csv DIR', fill in the decision column of DIR/uncertain_matches.csv (same/different) and build the report again with --matches DIR/uncertain_matches.csv.",
        ),
      )}</p>`,
    );
  if (ch.steps.length > 0)
    parts.push(
      `<h3>${bi(T("Eerdere stappen", "Earlier steps"))}</h3>${ch.steps
        .map(
          (s) =>
            `<h4>${escapeHtml(s.from)} → ${escapeHtml(s.to)}</h4><ul>${s.headline.map((h) => `<li>${bi(h)}</li>`).join("")}</ul><p>${bi(s.verdictText)}</p>`,
        )
        .join("")}`,
    );
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
