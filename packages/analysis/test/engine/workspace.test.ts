import { describe, expect, it } from "vitest";
import { betweennessSums } from "../../src/centrality/betweenness.ts";
import { distanceSums } from "../../src/distances/distance-sums.ts";
import { Workspace } from "../../src/engine/workspace.ts";
import { edgeListView } from "../helpers/edge-view.ts";
import { generatedEdgeCsv } from "../helpers/generated.ts";

const view = edgeListView(generatedEdgeCsv(300, 1500, 2));

describe("a workspace shared by the all-pairs kernels", () => {
  it("hands out the same arrays again, filled with their start value", () => {
    const w = new Workspace();
    const a = w.int32("dist", 10, -1);
    a[3] = 7;
    const b = w.int32("dist", 10, -1);
    expect(b).toBe(a);
    expect([...b].every((x) => x === -1)).toBe(true);
    expect(w.float64("dist", 10)).not.toBe(a);
    expect(w.int32("dist", 11)).toHaveLength(11);
  });

  it("kernels that reuse one workspace give the same sums as fresh ones, weighted and not", () => {
    const w = new Workspace();
    for (const distance of ["none", "inverse"] as const) {
      const fresh = betweennessSums(view, { distance });
      const a = betweennessSums(view, { distance }, { from: 0, to: 150, workspace: w });
      const b = betweennessSums(view, { distance }, { from: 150, workspace: w });
      const joined = a.map((x, v) => x + b[v]);
      for (let v = 0; v < view.n; v++) expect(joined[v]).toBeCloseTo(fresh[v], 9);
      expect([...distanceSums(view, { distance }, { workspace: w }).total]).toEqual([
        ...distanceSums(view, { distance }).total,
      ]);
    }
  });

  it("arrays left dirty by a run stopped half-way do not change the next run", () => {
    const w = new Workspace();
    for (const distance of ["none", "inverse"] as const) {
      betweennessSums(view, { distance }, { workspace: w, to: 1 });
      // Dirty every scratch array as a run interrupted inside a source would.
      w.int32("dist", view.n).fill(2);
      w.float64("dist", view.n).fill(2);
      w.float64("sigma", view.n).fill(3);
      w.float64("delta", view.n).fill(4);
      w.uint8("settled", view.n).fill(1);
      w.heap("heap", view.n, w.float64("dist", view.n)).push(5);
      expect([...betweennessSums(view, { distance }, { workspace: w })]).toEqual([
        ...betweennessSums(view, { distance }),
      ]);
    }
  });
});
