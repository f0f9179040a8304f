// The viewport: geometry of the canvas areas, the display-unit ↔ pixel mapping, zoom, pan,
// vertical scroll, the follow-the-run / fit modes, virtual-time tick placement and time format.
import type { Model } from './model';
import { STEP, gapUnits } from './model';
import { firstGE } from './vec';

// Geometry in CSS pixels.
export const AXIS_H = 24; // time axis at the top
export const RUNTIME_H = 18; // the runtime row (g 0: timers, deadline cancellations, idle gaps)
export const ROW_H = 20; // one goroutine lane
export const BAR_H = 12; // the state bar inside a lane
export const BAR_TOP = 4;
export const SCROLLBAR_W = 8;
const LABEL_W = 200;

const MAX_PPU = 64; // most zoomed in: one event step spans 64 px
// Fit-while-small stops (and following starts) below this density; a finished run is shown
// whole down to a denser minimum, so most programs end up entirely on screen.
const AUTO_MIN_PPU = 2;
const AUTO_MIN_PPU_DONE = 0.75;
const AUTO_MAX_PPU = 28;
export const RIGHT_PAD_PX = 36; // room right of the newest event when following
const TICK_SPACING_PX = 88;

export const FitMode = { None: 0, Auto: 1, All: 2 } as const;

export class Viewport {
  width = 0;
  height = 0;
  labelW = LABEL_W;
  plotLeft = LABEL_W;
  plotW = 0;
  plotTop = AXIS_H + RUNTIME_H;
  plotH = 0;
  /** Display unit at the plot's left edge. */
  x0 = 0;
  /** Pixels per display unit. */
  ppu = 8;
  scrollY = 0;
  /** Keep the newest event in view (turned off by panning away, on again at the end). */
  follow = true;
  /** Auto: show the whole run while it fits at a readable density; All: always the whole run. */
  fit: number = FitMode.Auto;

  setSize(width: number, height: number): void {
    this.width = width;
    this.height = height;
    this.labelW = Math.round(Math.min(LABEL_W, Math.max(90, width * 0.28)));
    this.plotLeft = this.labelW;
    this.plotW = Math.max(1, width - this.labelW - SCROLLBAR_W);
    this.plotH = Math.max(0, height - this.plotTop);
  }

  unitToPx(u: number): number {
    return this.plotLeft + (u - this.x0) * this.ppu;
  }

  pxToUnit(px: number): number {
    return this.x0 + (px - this.plotLeft) / this.ppu;
  }

  /** Top y of lane row r. */
  rowTop(r: number): number {
    return this.plotTop + r * ROW_H - this.scrollY;
  }

  /** Lane row at y, possibly out of range. */
  rowAt(y: number): number {
    return Math.floor((y - this.plotTop + this.scrollY) / ROW_H);
  }

  maxScrollY(lanes: number): number {
    return Math.max(0, lanes * ROW_H - this.plotH);
  }

  /** Apply follow and fit for the model's current extent; called before every draw. */
  track(head: number, lanes: number, finished: boolean): void {
    const room = Math.max(1, this.plotW - RIGHT_PAD_PX);
    const extent = Math.max(head, STEP);
    if (this.fit !== FitMode.None) {
      let ppu = room / (extent + 2 * STEP);
      if (this.fit === FitMode.Auto) {
        ppu = Math.min(AUTO_MAX_PPU, Math.max(finished ? AUTO_MIN_PPU_DONE : AUTO_MIN_PPU, ppu));
      }
      this.ppu = Math.min(MAX_PPU, ppu);
    }
    if (this.follow) {
      // The newest event sits RIGHT_PAD_PX from the right edge; a short run starts at the left.
      this.x0 = Math.max(-STEP, head - room / this.ppu);
    }
    this.scrollY = Math.min(Math.max(0, this.scrollY), this.maxScrollY(lanes));
  }

  /** Zoom by factor around pixel px (a user action: fit stops, follow is re-evaluated). */
  zoomAt(px: number, factor: number, head: number): void {
    const u = this.pxToUnit(px);
    const minPpu = Math.min(AUTO_MIN_PPU, (0.5 * this.plotW) / Math.max(head + 2 * STEP, STEP));
    this.ppu = Math.min(MAX_PPU, Math.max(minPpu, this.ppu * factor));
    this.x0 = u - (px - this.plotLeft) / this.ppu;
    this.fit = FitMode.None;
    this.userMoved(head);
  }

  /** Pan by dx pixels (content follows the pointer). */
  panBy(dx: number, head: number): void {
    if (dx === 0) return;
    this.x0 -= dx / this.ppu;
    this.fit = FitMode.None;
    this.userMoved(head);
  }

  scrollBy(dy: number, lanes: number): void {
    this.scrollY = Math.min(Math.max(0, this.scrollY + dy), this.maxScrollY(lanes));
  }

  /** Fit the whole run (and keep fitting it while it grows). */
  fitAll(): void {
    this.fit = FitMode.All;
    this.follow = true;
  }

  /** Keep at least a fifth of the plot on content; follow again once the end is in view. */
  private userMoved(head: number): void {
    const visible = this.plotW / this.ppu;
    this.x0 = Math.min(Math.max(this.x0, -0.8 * visible), head - 0.2 * visible);
    const right = this.x0 + (this.plotW - RIGHT_PAD_PX) / this.ppu;
    this.follow = right >= head - 2 / this.ppu;
  }
}

/** Vertical centre of lane row `row`'s bar (-1: the runtime row). */
export function rowCenter(vp: Viewport, row: number): number {
  return row < 0 ? AXIS_H + RUNTIME_H / 2 : vp.rowTop(row) + BAR_TOP + BAR_H / 2;
}

// ---- Ticks --------------------------------------------------------------------------------------

/** Tick positions (px) and their virtual times; preallocated so drawing allocates nothing. */
export class Ticks {
  readonly x = new Float64Array(256);
  readonly t = new Float64Array(256);
  n = 0;
  private readonly cand = new Float64Array(64);

  /**
   * Labels go on the left edge, on distinct virtual instants (many events can share one) and,
   * inside wide time gaps, on round times; greedily left to right, TICK_SPACING_PX apart.
   */
  compute(model: Model, vp: Viewport): void {
    this.n = 0;
    const count = model.tT.n;
    if (count === 0) return;
    const T = model.tT.a;
    const X0 = model.tX0.a;
    const minU = TICK_SPACING_PX / vp.ppu;
    const u0 = vp.pxToUnit(vp.plotLeft); // a tick further left would have its label cut
    const u1 = vp.pxToUnit(vp.plotLeft + vp.plotW);
    // The left edge is always labelled, so a view deep inside one instant still says when.
    this.push(vp.plotLeft, model.xToTime(u0));
    let lastU = u0;
    let i = Math.max(0, model.instantAt(u0));
    while (i < count && this.n < this.x.length) {
      const xi = X0[i];
      if (i > 0) lastU = this.gapTicks(model, vp, i - 1, i, lastU, minU, u0, u1);
      if (xi > u1) break;
      if (xi >= lastU + minU && xi >= u0) {
        this.push(vp.unitToPx(xi), T[i]);
        lastU = xi;
      }
      // Instants between here and the next label position are too close to label; the gaps
      // between them are narrower than the spacing, so only the gap before j can hold ticks.
      let j = firstGE(model.tX0.a, count, lastU + minU);
      if (j <= i) j = i + 1;
      i = j;
    }
  }

  private push(px: number, t: number): void {
    this.x[this.n] = px;
    this.t[this.n] = t;
    this.n++;
  }

  /** Round-time ticks strictly inside the gap between instants a and b. Returns the new lastU. */
  private gapTicks(
    model: Model,
    vp: Viewport,
    a: number,
    b: number,
    lastU: number,
    minU: number,
    u0: number,
    u1: number,
  ): number {
    const xa = model.tX1.a[a];
    const xb = model.tX0.a[b];
    if (xb - xa < 2 * minU || xb < u0 || xa > u1) return lastU;
    const ta = model.tT.a[a];
    const tb = model.tT.a[b];
    // The axis is ~logarithmic inside a gap, so take one round time per 1-2-5 step size: the
    // first multiple of each step after ta. They come out (nearly) ascending.
    let nc = 0;
    let s = Math.max(1, Math.pow(10, Math.floor(Math.log10(tb - ta)) - 4));
    for (let k = 0; nc < this.cand.length && s < tb; k++) {
      const m = Math.floor(ta / s) * s + s;
      if (m < tb && (nc === 0 || m > this.cand[nc - 1])) this.cand[nc++] = m;
      s *= k % 3 === 1 ? 2.5 : 2; // 1, 2, 5, 10, 20, 50, ...
    }
    const full = gapUnits(tb - ta);
    const span = xb - xa;
    for (let k = 0; k < nc && this.n < this.x.length; k++) {
      const t = this.cand[k];
      const u = xa + (full > 0 ? (span * gapUnits(t - ta)) / full : 0);
      if (u > xb - minU * 0.75) break; // leave room for instant b's own label
      if (u >= lastU + minU && u >= u0 && u <= u1) {
        this.push(vp.unitToPx(u), t);
        lastU = u;
      }
    }
    return lastU;
  }
}

// ---- Time format --------------------------------------------------------------------------------

/**
 * Virtual time like Go prints durations, shortened: "0s", "500ns", "12µs", "250ms", "1.5s",
 * "2m30s". Up to four significant digits, plus `extra` decimals when neighbours need them.
 */
export function formatNs(ns: number, extra = 0): string {
  if (!(ns > 0)) return '0s';
  if (ns < 1e3) return `${trim(ns, extra)}ns`;
  if (ns < 1e6) return `${trim(ns / 1e3, extra)}µs`;
  if (ns < 1e9) return `${trim(ns / 1e6, extra)}ms`;
  if (ns < 60e9) return `${trim(ns / 1e9, extra)}s`;
  const totalS = ns / 1e9;
  const h = Math.floor(totalS / 3600);
  const m = Math.floor((totalS - h * 3600) / 60);
  const s = totalS - h * 3600 - m * 60;
  return `${h > 0 ? `${h}h` : ''}${m}m${trim(s, extra)}s`;
}

// No trailing zeros.
function trim(v: number, extra: number): string {
  return String(Number(v.toFixed(Math.min(9, (v >= 100 ? 1 : v >= 10 ? 2 : 3) + extra))));
}
