/**
 * A second module worker for the map's layout (viz's ForceAtlas2 on typed arrays), so the layout
 * runs beside the analysis instead of after it, as the CLI's layout thread does.
 */
import { type LayoutInput, layoutFromInput } from "@ecolens/viz";

interface LayoutScope {
  postMessage(message: { x: Float64Array; y: Float64Array }, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<{ input: LayoutInput; seed: number }>) => void) | null;
}

const scope = self as unknown as LayoutScope;

scope.onmessage = (event) => {
  const { x, y } = layoutFromInput(event.data.input, { seed: event.data.seed });
  scope.postMessage({ x, y }, [x.buffer, y.buffer]);
};
