/** Routes and barrier checks told as short sentences for people, in Dutch and English. */
import { type Lang, label, type Text } from "@ecolens/core";
import { joinWords, vocabLabel } from "../text/labels.ts";
import type { BarrierCheck, Route, RouteStep } from "./types.ts";

export function money(cost: number | undefined, lang: Lang): string | undefined {
  if (cost === undefined) return undefined;
  if (cost === 0) return lang === "nl" ? "gratis" : "free";
  const text = Number.isInteger(cost) ? String(cost) : cost.toFixed(2);
  return `€${lang === "nl" ? text.replace(".", ",") : text}`;
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
  d === undefined ? "" : `${lang === "nl" ? String(d).replace(".", ",") : d} km`;

function reasonText(check: BarrierCheck, step: RouteStep, lang: Lang): string {
  const nl = lang === "nl";
  switch (check.reason) {
    case "no_reduced_tariff":
      return nl
        ? `kost ${money(step.cost_eur, lang)} en heeft geen kansentarief`
        : `costs ${money(step.cost_eur, lang)}, no reduced tariff`;
    case "cost_unknown":
      return nl ? "de prijs is niet gekend" : "the price is not known";
    case "no_wheelchair_access":
      return nl ? "niet rolstoeltoegankelijk" : "not wheelchair accessible";
    case "no_easy_language":
      return nl ? "niet in klare taal of meertalig" : "not in easy Dutch or several languages";
    case "too_far_no_transport":
      return nl
        ? `${km(step.distance_km, lang) || "buiten je gemeente en de buurgemeenten"}, zonder vervoer of openbaar vervoer`
        : `${km(step.distance_km, lang) || "outside your and neighbouring municipalities"}, without transport or public transport`;
    case "place_unknown":
      return nl ? "de plaats is niet gekend" : "the place is not known";
    case "online_only":
      return nl ? "enkel online" : "online only";
    default:
      return nl ? "niets in het aanbod verlaagt deze drempel" : "nothing in the offer lowers it";
  }
}

export function partnersText(names: readonly string[], barrierType: string, lang: Lang): string {
  const what = vocabLabel("barrier_type", barrierType, lang);
  if (names.length === 0)
    return lang === "nl"
      ? `nog geen partner werkt hier aan drempels '${what}'`
      : `no partner works on ${what} barriers here yet`;
  const shown =
    names.length <= 2
      ? joinWords(names, lang)
      : lang === "nl"
        ? `${names[0]} en ${names.length - 1} andere partners`
        : `${names[0]} and ${names.length - 1} other partners`;
  const plural = names.length > 1;
  return lang === "nl"
    ? `${shown} ${plural ? "werken" : "werkt"} aan drempels '${what}'`
    : `${shown} ${plural ? "work" : "works"} on ${what} barriers`;
}

export function checkText(check: BarrierCheck, step: RouteStep, lang: Lang): string {
  const what = vocabLabel("barrier_type", check.barrier_type, lang);
  const head = lang === "nl" ? `je drempel '${what}': ` : `your ${what} barrier: `;
  return `${head}${reasonText(check, step, lang)}; ${partnersText(check.partner_names, check.barrier_type, lang)}`;
}

function stepFacts(step: RouteStep, lang: Lang): string {
  const nl = lang === "nl";
  const parts: string[] = [];
  const price = money(step.cost_eur, lang);
  if (price)
    parts.push(
      step.reduced_tariff && step.cost_eur ? `${price}, ${nl ? "kansentarief" : "reduced tariff"}` : price,
    );
  if (step.place)
    parts.push(
      `in ${step.place}${step.proximity === "further" && step.distance_km !== undefined ? ` (${km(step.distance_km, lang)})` : ""}`,
    );
  if (step.recognition !== "none") parts.push(word("recognition", step.recognition, lang));
  if (step.audience === "later")
    parts.push(nl ? "voor later, als je oud genoeg bent" : "for later, once you are old enough");
  return parts.length ? ` (${parts.join(", ")})` : "";
}

function linkText(step: RouteStep, orgName: (id: string) => string, lang: Lang): string {
  const l = step.link;
  const nl = lang === "nl";
  if (l.kind === "next_step" || l.kind === "next_step_org")
    return nl ? " (vervolgstap volgens het aanbod)" : " (the onward step the offer names)";
  if (l.kind === "same_provider") return nl ? " (bij dezelfde aanbieder)" : " (same provider)";
  if (l.kind === "relation" && l.relation_type && l.from_org && l.to_org)
    return nl
      ? ` (via de band '${word("relation_type", l.relation_type, lang)}' tussen ${orgName(l.from_org)} en ${orgName(l.to_org)})`
      : ` (through the ${word("relation_type", l.relation_type, lang)} tie between ${orgName(l.from_org)} and ${orgName(l.to_org)})`;
  return "";
}

export function routeStory(route: Omit<Route, "story" | "rank">, orgName: (id: string) => string): Text {
  const tell = (lang: Lang) => {
    const nl = lang === "nl";
    const sentences = route.steps.map((step, i) => {
      const title = step.title ? `'${step.title}'` : step.offering_id;
      const head =
        i === 0
          ? nl
            ? `Start bij ${step.org_name} met ${title}`
            : `Start at ${step.org_name} with ${title}`
          : nl
            ? `Daarna ${title} bij ${step.org_name}`
            : `Next, ${title} at ${step.org_name}`;
      const checks = step.checks
        .filter((c) => c.status !== "ok")
        .map((c) => ` — ${checkText(c, step, lang)}`)
        .join("");
      return `${head}${stepFacts(step, lang)}${i === 0 ? "" : linkText(step, orgName, lang)}${checks}.`;
    });
    const end = route.reaches_formal
      ? nl
        ? `Zo kom je uit bij formeel leren met ${word("recognition", route.recognition, lang)}.`
        : `This leads into formal learning with a ${word("recognition", route.recognition, lang)}.`
      : "";
    const blocked =
      route.blocked_steps === 0
        ? ""
        : nl
          ? `${route.blocked_steps} stap${route.blocked_steps === 1 ? "" : "pen"} geblokkeerd door je drempels.`
          : `${route.blocked_steps} step${route.blocked_steps === 1 ? " is" : "s are"} blocked by your barriers.`;
    return [...sentences, end, blocked].filter((s) => s !== "").join(" ");
  };
  return { nl: tell("nl"), en: tell("en") };
}
