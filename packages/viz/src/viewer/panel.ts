/** The side panel of one organisation: its attributes, measures, relations, barriers, suggestions. */
import { fmtMetric, fmtNumber, label } from "../i18n/format.ts";
import type { I18n } from "../i18n/runtime.ts";
import { UI, type UiKey } from "../i18n/strings.ts";
import type { Payload } from "../report/payload.ts";
import type { ViewerNode } from "./decode.ts";
import { clear, el } from "./dom.ts";
import type { MapView } from "./map.ts";

export interface PanelDeps {
  payload: Payload;
  nodes: ViewerNode[];
  map: MapView;
  i18n: I18n;
  onSelect: (id: string | null) => void;
}

function section(title: string, ...content: Node[]): HTMLElement {
  return el("section", { class: "panel-section" }, el("h4", {}, title), ...content);
}

function detailsSection(node: ViewerNode, deps: PanelDeps): HTMLElement {
  const { i18n, payload } = deps;
  const lang = i18n.lang;
  const vocab = payload.vocab;
  const details = el("dl", { class: "panel-details" });
  const row = (term: string, value: string | undefined) => {
    if (!value) return;
    details.append(el("dt", {}, term), el("dd", {}, value));
  };
  row(i18n.t("org_type"), node.org_type && label(vocab, "org_type", node.org_type, lang));
  row(i18n.t("sector"), node.sector && label(vocab, "sector", node.sector, lang));
  row(
    i18n.t("learning_context"),
    node.learning_context && label(vocab, "learning_context", node.learning_context, lang),
  );
  row(i18n.t("municipality"), node.municipality && label(vocab, "municipality", node.municipality, lang));
  if (node.cluster !== undefined) row(i18n.t("cluster"), String(node.cluster + 1));
  row(i18n.t("theme"), node.themes.map((t) => label(vocab, "theme", t, lang)).join(", "));
  row(
    i18n.t("target_group"),
    node.target_groups.map((t) => label(vocab, "target_group", t, lang)).join(", "),
  );
  // Attribute values with a vocabulary (legal form, scope, partnership role) show by their label.
  for (const [k, v] of Object.entries(node.attributes ?? {}))
    row(Object.hasOwn(UI, k) ? UI[k as UiKey][lang] : k, label(vocab, k, v, lang));
  row(i18n.t("code"), node.id);
  return section(i18n.t("attributes"), details);
}

/** The node's measures (normalised 0 to 1 where there is a companion, raw value in the tooltip). */
function metricsSection(node: ViewerNode, deps: PanelDeps): HTMLElement | null {
  const { i18n, payload } = deps;
  const lang = i18n.lang;
  const metricList = el("dl", { class: "panel-metrics" });
  for (const metric of payload.metrics) {
    if (metric.level !== "node") continue;
    const value = node.metrics[metric.id];
    if (value === null || value === undefined) continue;
    const normalised = node.metrics[`${metric.id}_normalized`];
    const shown =
      normalised === null || normalised === undefined
        ? el("strong", {}, fmtMetric(value, lang, 3))
        : el(
            "strong",
            { title: `${i18n.t("rawValue")} ${fmtNumber(value, lang, 1)}` },
            fmtMetric(normalised, lang, 3),
          );
    metricList.append(
      el(
        "dt",
        {},
        `${metric.title[lang]}: `,
        shown,
        normalised === null || normalised === undefined ? "" : ` ${i18n.t("zeroToOne")}`,
      ),
      el("dd", {}, metric.explanation[lang]),
    );
  }
  return metricList.childElementCount > 0 ? section(i18n.t("metricsTitle"), metricList) : null;
}

/** A partner's name as a button that selects it, with a note after it. */
function partnerButton(deps: PanelDeps, id: string, suffix: string): HTMLElement {
  const partner = deps.nodes[deps.map.indexOf(id)];
  const button = el("button", { type: "button", class: "link-button" }, partner?.label ?? id);
  button.addEventListener("click", () => deps.onSelect(id));
  return el("li", {}, button, el("span", { class: "muted" }, suffix));
}

/** The node's relations on the map (not suggestions, changes or routes), sorted by partner. */
function relationsSection(node: ViewerNode, deps: PanelDeps): HTMLElement {
  const { i18n, payload, map } = deps;
  const lang = i18n.lang;
  const relations = el("ul", { class: "panel-list" });
  const rows: Array<{ id: string; label: string; text: string }> = [];
  const key = String(node.index);
  map.graph.forEachEdge(key, (edge, attrs, source, target) => {
    if (attrs.suggestion || attrs.change || attrs.route !== undefined) return;
    const other = map.nodeOfKey(source === key ? target : source);
    const dir = map.graph.isDirected(edge) ? (source === key ? " → " : " ← ") : " – ";
    rows.push({
      id: other.id,
      label: other.label,
      text: `${dir}${label(payload.vocab, "relation_type", attrs.relation_type, lang)}`,
    });
  });
  rows.sort((a, b) => a.label.localeCompare(b.label) || a.text.localeCompare(b.text));
  for (const r of rows.slice(0, 200)) relations.append(partnerButton(deps, r.id, r.text));
  return section(
    `${i18n.t("relations")} (${rows.length})`,
    rows.length > 0 ? relations : el("p", { class: "muted" }, i18n.t("noRelations")),
  );
}

function barriersSection(node: ViewerNode, deps: PanelDeps): HTMLElement | null {
  if (node.barriers.length === 0) return null;
  const { i18n, payload } = deps;
  const lang = i18n.lang;
  const vocab = payload.vocab;
  const list = el("ul", { class: "panel-list" });
  for (const b of node.barriers)
    list.append(
      el(
        "li",
        {},
        `${b.role === "signals" ? i18n.t("signals") : i18n.t("worksOn")}: ${label(vocab, "barrier_type", b.barrier_type, lang)} (${label(vocab, "target_group", b.target_group, lang)})`,
      ),
    );
  return section(i18n.t("barriersOfOrg"), list);
}

function suggestionsSection(node: ViewerNode, deps: PanelDeps): HTMLElement | null {
  const own = deps.payload.suggestions.filter(([a, b]) => a === node.index || b === node.index);
  if (own.length === 0) return null;
  const list = el("ul", { class: "panel-list" });
  for (const [a, b, , reason] of own.slice(0, 20)) {
    const other = deps.nodes[a === node.index ? b : a];
    const item = partnerButton(deps, other.id, "");
    item.append(el("p", { class: "reason" }, reason[deps.i18n.lang]));
    list.append(item);
  }
  return section(deps.i18n.t("suggestedLinks"), list);
}

export function renderPanel(container: HTMLElement, node: ViewerNode | null, deps: PanelDeps): void {
  clear(container);
  if (!node) {
    container.hidden = true;
    return;
  }
  container.hidden = false;
  const heading = el("h3", { id: "panel-title", tabindex: "-1" }, node.label);
  const close = el(
    "button",
    { type: "button", class: "panel-close", "aria-label": deps.i18n.t("close") },
    "×",
  );
  close.addEventListener("click", () => deps.onSelect(null));
  container.append(el("div", { class: "panel-head" }, heading, close));
  const parts = [
    detailsSection(node, deps),
    metricsSection(node, deps),
    relationsSection(node, deps),
    barriersSection(node, deps),
    suggestionsSection(node, deps),
  ];
  for (const part of parts) if (part) container.append(part);
}
