/** PNG export: sigma's layers drawn onto one canvas, with the legend underneath. */
import type { LegendItem } from "./legend.ts";
import type { MapView } from "./map.ts";

const LAYERS = ["edges", "nodes", "labels", "hovers", "hoverNodes"];

export function mapToCanvas(map: MapView, legend: LegendItem[], title: string): HTMLCanvasElement | null {
  const renderer = map.renderer;
  if (!renderer) return null;
  // A synchronous render right before reading: WebGL buffers are intact until the frame ends.
  renderer.refresh();
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const columns = Math.max(1, Math.floor(width / 220));
  const legendHeight = 44 + Math.ceil(legend.length / columns) * 24;
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round((height + legendHeight) * ratio);
  const ctx = canvas.getContext("2d");
  if (!ctx) return null;
  ctx.scale(ratio, ratio);
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, width, height + legendHeight);
  const layers = renderer.getCanvases();
  for (const name of LAYERS) {
    const layer = layers[name];
    if (layer) ctx.drawImage(layer, 0, 0, width, height);
  }
  ctx.fillStyle = "#1f2933";
  ctx.font = "600 15px system-ui, sans-serif";
  ctx.fillText(title, 12, height + 24);
  ctx.font = "13px system-ui, sans-serif";
  legend.forEach((item, i) => {
    const x = 12 + (i % columns) * 220;
    const y = height + 44 + Math.floor(i / columns) * 24;
    ctx.fillStyle = item.colour;
    if (item.line) ctx.fillRect(x, y + 4, 14, 3);
    else {
      ctx.beginPath();
      ctx.arc(x + 7, y + 5, 6, 0, Math.PI * 2);
      ctx.fill();
    }
    ctx.fillStyle = "#1f2933";
    const text = item.count === undefined ? item.label : `${item.label} (${item.count})`;
    ctx.fillText(text.length > 28 ? `${text.slice(0, 27)}…` : text, x + 20, y + 10);
  });
  return canvas;
}

export function downloadPng(canvas: HTMLCanvasElement, fileName: string): void {
  canvas.toBlob((blob) => {
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = fileName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }, "image/png");
}
