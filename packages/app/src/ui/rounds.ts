/**
 * One drop zone per round (this round, an earlier one): drop files or folders, or choose them with
 * a file input (several files) or a folder input. Lists what the round holds; can be cleared.
 */
import { readDrop, readFileList } from "../files/read-dropped.ts";
import type { NamedBytes } from "../files/recognise.ts";
import { type Lang, t } from "../i18n/catalogue.ts";
import type { Round } from "../store/session.ts";
import { el } from "./dom.ts";
import { shownName } from "./format.ts";

export interface RoundView {
  round: Round;
  files: NamedBytes[];
}

const ACCEPT = ".csv,.tsv,.txt,.xlsx,.gexf,.graphml,.xml,.json,.net,.paj,.pajek";

function fileLine(files: NamedBytes[], lang: Lang): string {
  if (files.length === 0) return t("drop.none", lang);
  const names = files.map((f) => shownName(f.name));
  const shown = names.length > 6 ? [...names.slice(0, 6), "…"] : names;
  return t("drop.chosen", lang, { count: files.length, names: shown.join(", ") });
}

export function renderRound(
  host: HTMLElement,
  view: RoundView,
  lang: Lang,
  onFiles: (round: Round, files: NamedBytes[]) => void,
): void {
  const id = view.round;
  const title = el("h2", { id: `round-${id}-title` }, [
    t(id === "current" ? "round.current" : "round.previous", lang),
  ]);
  const files = el("input", { type: "file", multiple: true, id: `files-${id}`, accept: ACCEPT });
  const folder = el("input", { type: "file", id: `folder-${id}`, webkitdirectory: true });
  const pick = (input: HTMLInputElement) =>
    input.addEventListener("change", async () => {
      if (input.files && input.files.length > 0) onFiles(id, await readFileList(input.files));
      input.value = "";
    });
  pick(files);
  pick(folder);
  const zone = el("div", { class: "drop", "data-round": id }, [
    el("p", {}, [t("drop.hint", lang)]),
    el("div", { class: "pickers" }, [
      el("label", { class: "picker" }, [t("drop.files", lang), files]),
      el("label", { class: "picker" }, [t("drop.folder", lang), folder]),
    ]),
    el("p", { class: "chosen", id: `chosen-${id}` }, [fileLine(view.files, lang)]),
  ]);
  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    zone.classList.add("over");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", async (event) => {
    event.preventDefault();
    zone.classList.remove("over");
    if (event.dataTransfer) onFiles(id, await readDrop(event.dataTransfer));
  });
  const clear = el("button", { type: "button", class: "link", hidden: view.files.length === 0 }, [
    t("drop.clear", lang),
  ]);
  clear.addEventListener("click", () => onFiles(id, []));
  host.replaceChildren(title, zone, clear);
}
