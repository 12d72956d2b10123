/**
 * The module worker: import, analysis, report model and report page, off the page's thread, with
 * progress messages (which step, share done). Cancelling terminates this worker (worker/client.ts).
 * The last session stays here for the downloads.
 */
import { folderOf } from "../files/recognise.ts";
import { type Code, t } from "../i18n/catalogue.ts";
import { exportFile, type Session } from "./exports.ts";
import { headline } from "./headline.ts";
import { type Loaded, loadFiles } from "./load.ts";
import type { FromWorker, ImportSummary, RunResult, ToWorker } from "./protocol.ts";

interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}

type RunMessage = Extract<ToWorker, { type: "run" }>;

const scope = self as unknown as WorkerScope;
let session: Session | undefined;

function summarise(loaded: Loaded): ImportSummary {
  const report = loaded.network?.report;
  return {
    files: report?.files ?? [],
    findings: [...loaded.failures, ...(report?.findings ?? [])],
    ignored: loaded.ignored,
    errors: (report?.errors ?? 0) + loaded.failures.length,
    warnings: report?.warnings ?? 0,
  };
}

/** Posts progress at most once per percent, so a long pass does not flood the page. */
function progressOf(id: number): (step: Code, share: number) => void {
  let last = "";
  return (step, share) => {
    const key = `${step}:${Math.floor(share * 100)}`;
    if (key === last) return;
    last = key;
    scope.postMessage({ type: "progress", id, step, share: Math.min(1, Math.max(0, share)) });
  };
}

function roundLabels(message: RunMessage): [string, string] {
  const earlier = folderOf(message.previous);
  const now = folderOf(message.current);
  if (earlier && now && earlier !== now) return [earlier, now];
  return [t("round.label.previous", message.lang), t("round.label.current", message.lang)];
}

async function run(message: RunMessage): Promise<RunResult> {
  const progress = progressOf(message.id);
  progress("step.read", 0);
  const current = loadFiles(message.current);
  let previous: Loaded | undefined;
  if (message.previous.length > 0) {
    progress("step.previous", 0.05);
    previous = loadFiles(message.previous);
  }
  const imported = summarise(current);
  session = { imported, name: folderOf(message.current) };
  const result: RunResult = { current: imported, previous: previous ? summarise(previous) : undefined };
  const network = current.network;
  if (!network || network.graph.order === 0) return { ...result, problem: { code: "failed.nothing" } };
  session.network = network;
  progress("step.analyse", 0.1);
  const report = await import("./report-step.ts");
  const layout = report.startLayout(network);
  const analysed = await report.analyse(network);
  session.analysis = analysed.analysis;
  result.headline = headline(network, analysed.analysis);
  scope.postMessage({ type: "partial", id: message.id, result });
  const earlier = previous?.network && previous.network.graph.order > 0 ? previous.network : undefined;
  try {
    result.reportHtml = await report.reportHtml({
      network,
      analysed,
      lang: message.lang,
      name: folderOf(message.current),
      previous: earlier ? { network: earlier, labels: roundLabels(message) } : undefined,
      layout,
      progress,
    });
  } catch (error) {
    // The import report, the headline and the exports stand; the report says why it is missing.
    const reason = error instanceof Error ? error.message : String(error);
    return { ...result, problem: { code: "failed.report", values: { reason } } };
  }
  session.reportHtml = result.reportHtml;
  progress("step.report", 1);
  return result;
}

scope.onmessage = (event) => {
  const message = event.data;
  void (async () => {
    try {
      if (message.type === "warm") {
        (await import("./report-step.ts")).warmLayout();
      } else if (message.type === "run") {
        const result = await run(message);
        scope.postMessage({ type: "result", id: message.id, result });
      } else {
        if (!session) throw new Error("nothing loaded yet");
        const file = exportFile(session, message.format, message.lang);
        scope.postMessage({ type: "file", id: message.id, ...file }, [file.bytes.buffer as ArrayBuffer]);
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      scope.postMessage({ type: "failed", id: message.id, reason });
    }
  })();
};
