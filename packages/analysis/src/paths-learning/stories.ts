/** Routes and barrier checks told as short sentences for people, in Dutch and English (messages/paths.ts). */
import { type Lang, label, type Text } from "@ecolens/core";
import { decimalMark, joinList, say } from "../messages/index.ts";
import { vocabLabel } from "../text/labels.ts";
import type { BarrierCheck, Route, RouteStep } from "./types.ts";

export function money(cost: number | undefined, lang: Lang): string | undefined {
  if (cost === undefined) return undefined;
  if (cost === 0) return say("paths.free", lang);
  const text = Number.isInteger(cost) ? String(cost) : cost.toFixed(2);
  return `€${decimalMark(text, lang)}`;
}

/** A vocabulary label inside a sentence: first letter lowered unless it is an acronym (EVC). */
export function word(
  vocab: "recognition" | "relation_type" | "theme" | "learning_context",
  code: string,
  lang: Lang,
): string {
  const text = label(vocab, code, lang);
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

const km = (d: number | undefined, lang: Lang) =>
  d === undefined ? "" : `${decimalMark(String(d), lang)} km`;

function reasonText(check: BarrierCheck, step: RouteStep, lang: Lang): string {
  switch (check.reason) {
    case "no_reduced_tariff":
      return say("paths.reason.no_reduced_tariff", lang, { price: String(money(step.cost_eur, lang)) });
    case "cost_unknown":
      return say("paths.reason.cost_unknown", lang);
    case "no_wheelchair_access":
      return say("paths.reason.no_wheelchair_access", lang);
    case "no_easy_language":
      return say("paths.reason.no_easy_language", lang);
    case "too_far_no_transport":
      return say("paths.reason.too_far_no_transport", lang, {
        where: km(step.distance_km, lang) || say("paths.reason.outside_home", lang),
      });
    case "place_unknown":
      return say("paths.reason.place_unknown", lang);
    case "online_only":
      return say("paths.reason.online_only", lang);
    default:
      return say("paths.reason.other", lang);
  }
}

export function partnersText(names: readonly string[], barrierType: string, lang: Lang): string {
  const what = vocabLabel("barrier_type", barrierType, lang);
  if (names.length === 0) return say("paths.partners.none", lang, { what });
  const shown =
    names.length <= 2
      ? joinList(names, lang)
      : say("paths.partners.first_and_more", lang, { first: names[0], more: names.length - 1 });
  return say("paths.partners.work", lang, { names: shown, n: names.length, what });
}

export function checkText(check: BarrierCheck, step: RouteStep, lang: Lang): string {
  return say("paths.check", lang, {
    what: vocabLabel("barrier_type", check.barrier_type, lang),
    reason: reasonText(check, step, lang),
    partners: partnersText(check.partner_names, check.barrier_type, lang),
  });
}

function stepFacts(step: RouteStep, lang: Lang): string {
  const parts: string[] = [];
  const price = money(step.cost_eur, lang);
  if (price)
    parts.push(
      step.reduced_tariff && step.cost_eur ? say("paths.fact.reduced_tariff", lang, { price }) : price,
    );
  if (step.place) {
    const far = step.proximity === "further" && step.distance_km !== undefined;
    parts.push(
      say("paths.fact.place", lang, {
        place: step.place,
        far: far ? ` (${km(step.distance_km, lang)})` : "",
      }),
    );
  }
  if (step.recognition !== "none") parts.push(word("recognition", step.recognition, lang));
  if (step.audience === "later") parts.push(say("paths.fact.later", lang));
  return parts.length ? ` (${parts.join(", ")})` : "";
}

function linkText(step: RouteStep, orgName: (id: string) => string, lang: Lang): string {
  const l = step.link;
  if (l.kind === "next_step" || l.kind === "next_step_org") return say("paths.link.next_step", lang);
  if (l.kind === "same_provider") return say("paths.link.same_provider", lang);
  if (l.kind === "relation" && l.relation_type && l.from_org && l.to_org)
    return say("paths.link.relation", lang, {
      type: word("relation_type", l.relation_type, lang),
      from: orgName(l.from_org),
      to: orgName(l.to_org),
    });
  return "";
}

function stepSentence(step: RouteStep, i: number, orgName: (id: string) => string, lang: Lang): string {
  const title = step.title ? `'${step.title}'` : step.offering_id;
  const head = say(i === 0 ? "paths.story.start" : "paths.story.next", lang, { org: step.org_name, title });
  const checks = step.checks
    .filter((c) => c.status !== "ok")
    .map((c) => ` — ${checkText(c, step, lang)}`)
    .join("");
  return `${head}${stepFacts(step, lang)}${i === 0 ? "" : linkText(step, orgName, lang)}${checks}.`;
}

export function routeStory(route: Omit<Route, "story" | "rank">, orgName: (id: string) => string): Text {
  const tell = (lang: Lang) => {
    const sentences = route.steps.map((step, i) => stepSentence(step, i, orgName, lang));
    const end = route.reaches_formal
      ? say("paths.story.formal", lang, { recognition: word("recognition", route.recognition, lang) })
      : "";
    const blocked =
      route.blocked_steps === 0 ? "" : say("paths.story.blocked", lang, { n: route.blocked_steps });
    return [...sentences, end, blocked].filter((s) => s !== "").join(" ");
  };
  return { nl: tell("nl"), en: tell("en") };
}
