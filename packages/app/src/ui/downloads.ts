/** The downloads panel: each file is made in the worker and saved through a blob link. */
import { type Code, type Lang, t } from "../i18n/catalogue.ts";
import type { ExportFormat } from "../worker/protocol.ts";
import { el } from "./dom.ts";

const NETWORK: Array<[ExportFormat, Code]> = [
  ["gexf", "download.gexf"],
  ["graphml", "download.graphml"],
  ["nodes-csv", "download.nodes"],
  ["edges-csv", "download.edges"],
  ["xlsx", "download.xlsx"],
];

export function saveFile(file: { name: string; mime: string; bytes: Uint8Array }): void {
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.mime }));
  const link = el("a", { href: url, download: file.name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function renderDownloads(
  panel: HTMLElement,
  lang: Lang,
  available: { network: boolean; report: boolean },
  onDownload: (format: ExportFormat) => void,
): void {
  const items: Array<[ExportFormat, Code, boolean]> = [
    ["report", "download.report", available.report],
    ["findings-csv", "download.findingsCsv", true],
    ["findings-xlsx", "download.findingsXlsx", true],
    ...NETWORK.map(([f, c]): [ExportFormat, Code, boolean] => [f, c, available.network]),
  ];
  panel.replaceChildren(
    el(
      "ul",
      { class: "downloads" },
      items.map(([format, code, enabled]) => {
        const button = el("button", { type: "button", "data-format": format, disabled: !enabled }, [
          t(code, lang),
        ]);
        button.addEventListener("click", () => onDownload(format));
        return el("li", {}, [button]);
      }),
    ),
  );
}
