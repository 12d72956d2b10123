/**
 * The order in which the page starts: the map's first frame comes first, everything else
 * (controls, search, legend, labels, the geographic layout switch) after the browser has shown
 * that frame. At 20,000 organisations the rest costs as much again as the map (issue 19: the map
 * drawn within 2 s of load). Each step is logged with the number of animation frames seen since
 * the map was drawn, so a test can tell that the rest did not run before the first frame.
 */

/** One startup step and the animation frames that had passed when it ran (0 = before any). */
export interface StartupStep {
  step: string;
  frame: number;
}

/** Without animation frames (a hidden page or frame) the rest runs after this many ms anyway. */
const HIDDEN_FALLBACK_MS = 1000;

export class Startup {
  readonly log: StartupStep[] = [];
  private frames = 0;
  private counting = false;

  /** Records a step at the current frame count. */
  mark(step: string): void {
    this.log.push({ step, frame: this.frames });
  }

  /** Starts counting animation frames (from the first frame on; stops once the rest ran). */
  private count(): void {
    if (this.counting || typeof requestAnimationFrame !== "function") return;
    this.counting = true;
    const tick = () => {
      this.frames++;
      if (this.counting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }

  /**
   * Runs `rest` once the browser has had a frame to show what is drawn now: in a task after the
   * next animation frame (so after its paint), or after a fallback delay when no frame comes.
   */
  afterFirstFrame(rest: () => void): void {
    this.count();
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      clearTimeout(fallback);
      this.counting = false;
      rest();
    };
    const fallback = setTimeout(run, HIDDEN_FALLBACK_MS);
    if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(run, 0));
  }
}

/**
 * What the reader looks at stays where it is while controls are added above it: the element the
 * address's #fragment points to, else (when the page is already scrolled) the element at the top
 * of the window. Returns the function that scrolls it back after the additions.
 */
export function keepInView(): () => void {
  const id = decodeURIComponent(location.hash.slice(1));
  let target: Element | null = id ? document.getElementById(id) : null;
  if (!target && window.scrollY > 0) target = document.elementFromPoint(window.innerWidth / 2, 1);
  if (!target) return () => {};
  const anchor = target;
  const before = anchor.getBoundingClientRect().top;
  return () => {
    const moved = anchor.getBoundingClientRect().top - before;
    if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
  };
}
