/**
 * The page: two rounds of files, a worker that reads and analyses them, and the results in tabs
 * (import report, helicopter view, report with the map, downloads). All text from the catalogue.
 */
import "./styles.css";
import type { NamedBytes } from "./files/recognise.ts";
import { browserLang, type Code, LANGS, type Lang, t } from "./i18n/catalogue.ts";
import { forgetSession, loadSession, type Round, saveRound, storageAvailable } from "./store/session.ts";
import { byId } from "./ui/dom.ts";
import { renderDownloads, saveFile } from "./ui/downloads.ts";
import { renderImport } from "./ui/import-table.ts";
import { renderOverview } from "./ui/overview.ts";
import { renderReport } from "./ui/report-frame.ts";
import { renderRound } from "./ui/rounds.ts";
import { renderTabs, type TabSpec } from "./ui/tabs.ts";
import { Cancelled, EngineClient } from "./worker/client.ts";
import type { ExportFormat, RunResult } from "./worker/protocol.ts";

type State = "idle" | "running" | "done" | "cancelled" | "failed";

const TABS: TabSpec[] = [
  { id: "import", label: "tab.import" },
  { id: "overview", label: "tab.overview" },
  { id: "report", label: "tab.report" },
  { id: "downloads", label: "tab.downloads" },
];

const app = {
  lang: browserLang(navigator.languages ?? [navigator.language]),
  rounds: { current: [] as NamedBytes[], previous: [] as NamedBytes[] },
  result: undefined as RunResult | undefined,
  tab: "import",
  run: 0,
};
const engine = new EngineClient();

/** The page's state on <body> (data-state, and data-finished counting finished runs) for tests and bench. */
function setState(state: State): void {
  document.body.dataset.state = state;
  if (state === "done" || state === "failed") {
    document.body.dataset.finished = String(Number(document.body.dataset.finished ?? 0) + 1);
  }
}

function status(code: Code | "", values: Record<string, string | number> = {}): void {
  byId("status").textContent = code ? t(code, app.lang, values) : "";
}

function applyTexts(): void {
  document.documentElement.lang = app.lang;
  document.title = t("app.title", app.lang);
  for (const node of document.querySelectorAll<HTMLElement>("[data-t]"))
    node.textContent = t(node.dataset.t as Code, app.lang);
  byId<HTMLSelectElement>("lang").value = app.lang;
}

function renderRounds(): void {
  for (const round of ["current", "previous"] as Round[])
    renderRound(byId(`round-${round}`), { round, files: app.rounds[round] }, app.lang, onFiles);
}

function renderResults(): void {
  const result = app.result;
  const results = byId("results");
  results.hidden = !result;
  if (!result) return;
  renderTabs(byId("tabs"), TABS, app.lang, app.tab, (id) => {
    app.tab = id;
  });
  renderImport(byId("panel-import"), result.current, result.previous, app.lang);
  const overview = byId("panel-overview");
  if (result.headline) renderOverview(overview, result.headline, app.lang);
  else overview.textContent = t(result.problem?.code ?? "failed.nothing", app.lang, result.problem?.values);
  const problem = result.problem ? t(result.problem.code, app.lang, result.problem.values) : undefined;
  renderReport(byId("panel-report"), result.reportHtml, app.lang, problem);
  renderDownloads(
    byId("panel-downloads"),
    app.lang,
    { network: Boolean(result.headline), report: Boolean(result.reportHtml) },
    download,
  );
}

function showProgress(step: Code | null, share = 0): void {
  const box = byId("progress");
  box.hidden = step === null;
  if (step === null) return;
  byId("progress-step").textContent = `${t("progress.label", app.lang)}: ${t(step, app.lang)}`;
  byId<HTMLProgressElement>("progress-bar").value = share;
}

async function analyse(): Promise<void> {
  const ticket = ++app.run;
  engine.cancel();
  if (app.rounds.current.length === 0) {
    app.result = undefined;
    renderResults();
    setState("idle");
    return;
  }
  setState("running");
  status("");
  showProgress("step.read", 0);
  try {
    const result = await engine.run(app.lang, app.rounds.current, app.rounds.previous, {
      onProgress: (step, share) => {
        if (ticket === app.run) showProgress(step, share);
      },
      // The import report and the headline while the report is still being written.
      onPartial: (partial) => {
        if (ticket !== app.run) return;
        app.result = partial;
        renderResults();
      },
    });
    if (ticket !== app.run) return;
    app.result = result;
    renderResults();
    status(result.problem ? result.problem.code : "progress.done", result.problem?.values);
    setState("done");
  } catch (error) {
    if (ticket !== app.run) return;
    if (error instanceof Cancelled) {
      status("progress.cancelled");
      setState("cancelled");
    } else {
      status("failed.internal", { reason: error instanceof Error ? error.message : String(error) });
      setState("failed");
    }
  } finally {
    if (ticket === app.run) showProgress(null);
  }
}

async function onFiles(round: Round, files: NamedBytes[]): Promise<void> {
  app.rounds[round] = files;
  renderRounds();
  if (storageAvailable())
    await saveRound(round, files).catch(() => {
      byId("storage-note").hidden = false;
    });
  await analyse();
}

async function download(format: ExportFormat): Promise<void> {
  try {
    saveFile(await engine.download(app.lang, format));
  } catch (error) {
    status("failed.internal", { reason: error instanceof Error ? error.message : String(error) });
  }
}

async function forget(): Promise<void> {
  app.run++;
  engine.reset();
  showProgress(null);
  app.rounds = { current: [], previous: [] };
  app.result = undefined;
  if (storageAvailable()) await forgetSession();
  renderRounds();
  renderResults();
  status("forget.done");
  setState("idle");
}

async function restore(): Promise<void> {
  if (!storageAvailable()) {
    // Said beside the page's promise, where a run's status line does not replace it.
    byId("storage-note").hidden = false;
    return;
  }
  const kept = await loadSession().catch(() => undefined);
  if (!kept || kept.current.length === 0) return;
  app.rounds = kept;
  renderRounds();
  await analyse();
  status("session.restored", { count: kept.current.length + kept.previous.length });
}

function start(): void {
  applyTexts();
  renderRounds();
  setState("idle");
  byId<HTMLSelectElement>("lang").addEventListener("change", (event) => {
    const lang = (event.target as HTMLSelectElement).value as Lang;
    if (!LANGS.includes(lang)) return;
    app.lang = lang;
    applyTexts();
    renderRounds();
    // The report page is written in one language: make it again in the new one (also when the
    // switch comes while the first run is still reading, before it has any result).
    if (app.result || document.body.dataset.state === "running") void analyse();
  });
  byId("cancel").addEventListener("click", () => {
    app.run++;
    engine.cancel();
    // The ended worker took the last session with it: an earlier result's downloads would fail.
    app.result = undefined;
    renderResults();
    showProgress(null);
    status("progress.cancelled");
    setState("cancelled");
  });
  byId("forget").addEventListener("click", () => void forget());
  engine.warm();
  void restore();
}

start();
