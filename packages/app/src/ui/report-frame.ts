/**
 * The report page in a sandboxed iframe (scripts only: no access to this page, its storage or
 * the network beyond what the page's own Content-Security-Policy allows).
 */
import { type Lang, t } from "../i18n/catalogue.ts";
import { el } from "./dom.ts";

export function renderReport(
  panel: HTMLElement,
  html: string | undefined,
  lang: Lang,
  problem?: string,
): void {
  if (!html) {
    panel.replaceChildren(
      el("p", { class: problem ? "notice" : "muted", role: "status" }, [
        problem ?? t("report.waiting", lang),
      ]),
    );
    return;
  }
  const frame = el("iframe", {
    id: "report-frame",
    title: t("report.frame", lang),
    sandbox: "allow-scripts allow-downloads",
  });
  frame.srcdoc = html;
  panel.replaceChildren(frame);
}
