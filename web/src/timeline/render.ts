// The canvas renderer: draws one frame of the model through the viewport. Everything is culled
// to the visible time range (binary search) and visible rows, sub-pixel segments are coalesced,
// same-colour rectangles are batched, and the per-frame buffers are reused (no allocation).
import { COLORS, STATE_COLORS, STATE_COUNT, STATE_INSET } from './colors';
import { FlowPainter } from './flows';
import { MarginPainter } from './margins';
import { drawIcon, stripes } from './icons';
import { AXIS_H, BAR_H, BAR_TOP, ROW_H, RUNTIME_H, Ticks, Viewport, rowCenter } from './layout';
import type { Lane, Model } from './model';
import { Mark } from './model';
import { firstGE, lastLE, withRoom } from './vec';

/** What the pointer is on (see hit.ts); the renderer outlines it. */
export interface Hover {
  lane: Lane | null; // null: nothing
  ev: number; // an event, or -1
  seg: number; // a segment, or -1
}

const LEAK_CAP_PX = 14; // the hatched red end of a leaked lane

export class Renderer {
  // Per-state rectangle batches: (x, y, w) triples.
  private rects: Float32Array<ArrayBuffer>[] = [];
  private rectN = new Int32Array(STATE_COUNT);
  // Red hatched overlays (blocked forever, leaked ends): (x, y, w) triples.
  private hatchRects = new Float32Array(3 * 256);
  private hatchN = 0;
  private cov = new Float64Array(STATE_COUNT);
  private flows = new FlowPainter();
  private ticks = new Ticks();
  private hatch: CanvasPattern | null = null;
  private margins = new MarginPainter();

  constructor() {
    for (let s = 0; s < STATE_COUNT; s++) this.rects.push(new Float32Array(3 * 1024));
  }

  draw(
    ctx: CanvasRenderingContext2D,
    model: Model,
    vp: Viewport,
    hover: Hover,
    flashRow: number,
    flashAlpha: number,
  ): void {
    if (!this.hatch) this.makePatterns(ctx);
    const W = vp.width;
    const H = vp.height;
    const lanes = model.lanes;
    const left = vp.plotLeft;
    const right = left + vp.plotW;
    const top = vp.plotTop;

    ctx.fillStyle = COLORS.bg;
    ctx.fillRect(0, 0, W, H);

    const rowFirst = Math.max(0, vp.rowAt(top));
    const rowLast = Math.min(lanes.length - 1, vp.rowAt(top + vp.plotH - 1));
    const u0 = vp.pxToUnit(left - 2);
    const u1 = vp.pxToUnit(right + 2);
    this.ticks.compute(model, vp);

    // ---- Plot area (clipped) ----
    ctx.save();
    ctx.beginPath();
    ctx.rect(left, top, right - left, vp.plotH);
    ctx.clip();
    ctx.fillStyle = COLORS.laneAlt;
    for (let r = rowFirst; r <= rowLast; r++) {
      if (r & 1) ctx.fillRect(left, vp.rowTop(r), right - left, ROW_H);
    }
    ctx.fillStyle = COLORS.grid;
    for (let k = 0; k < this.ticks.n; k++)
      ctx.fillRect(Math.round(this.ticks.x[k]), top, 1, vp.plotH);
    this.margins.drawGaps(ctx, model, vp, top, vp.plotH, true);

    for (let r = rowFirst; r <= rowLast; r++) this.laneSegments(model, lanes[r], vp, u0, u1, r);
    this.flushSegments(ctx);

    this.flows.draw(ctx, model, vp, rowFirst, rowLast, u0, u1);
    for (let r = rowFirst; r <= rowLast; r++) {
      this.drawMarks(ctx, model, lanes[r], vp, vp.rowTop(r) + BAR_TOP + BAR_H / 2, u0, u1);
    }
    if (flashRow >= 0 && flashAlpha > 0) {
      ctx.globalAlpha = flashAlpha;
      ctx.strokeStyle = COLORS.flash;
      ctx.lineWidth = 2;
      ctx.strokeRect(left + 1, vp.rowTop(flashRow) + 1, right - left - 2, ROW_H - 2);
      ctx.fillStyle = COLORS.flash;
      ctx.globalAlpha = flashAlpha * 0.18;
      ctx.fillRect(left, vp.rowTop(flashRow), right - left, ROW_H);
      ctx.globalAlpha = 1;
    }
    this.drawHover(ctx, model, vp, hover);
    if (!model.finished && model.events.length > 0) {
      const hx = Math.round(vp.unitToPx(model.head)) + 2;
      ctx.fillStyle = COLORS.head;
      ctx.globalAlpha = 0.5;
      ctx.fillRect(hx, top, 1, vp.plotH);
      ctx.globalAlpha = 1;
    }
    ctx.restore();

    this.margins.drawHeader(ctx, model, vp, this.ticks);
    // Runtime row markers (g 0: deadline cancellations, runtime findings).
    ctx.save();
    ctx.beginPath();
    ctx.rect(left, AXIS_H, right - left, RUNTIME_H);
    ctx.clip();
    this.drawMarks(ctx, model, model.runtime, vp, AXIS_H + RUNTIME_H / 2, u0, u1);
    ctx.restore();
    this.margins.drawLabels(ctx, model, vp, rowFirst, rowLast, flashRow, flashAlpha);
    this.margins.drawScrollbar(ctx, vp, lanes.length);
  }

  // ---- Segments -------------------------------------------------------------------------------

  /** Batch one lane's visible segments; runs narrower than a pixel become one 1 px rect. */
  private laneSegments(model: Model, lane: Lane, vp: Viewport, u0: number, u1: number, r: number) {
    const end = model.laneEnd(lane);
    if (lane.startX > u1 || end < u0) return;
    const n = lane.segX.n;
    const sx = lane.segX.a;
    const ss = lane.segState.a;
    const y = vp.rowTop(r) + BAR_TOP;
    const left = vp.plotLeft - 2;
    const right = vp.plotLeft + vp.plotW + 2;
    const x0 = vp.x0;
    const ppu = vp.ppu;
    const cov = this.cov;
    let pStart = -1; // pending coalesced run [pStart, pEnd), -1: none
    let pEnd = -1;
    let k = Math.max(0, lastLE(sx, n, u0));
    for (; k < n; k++) {
      const a = sx[k];
      if (a > u1) break;
      const b = k + 1 < n ? sx[k + 1] : end;
      let p0 = vp.plotLeft + (a - x0) * ppu;
      let p1 = vp.plotLeft + (b - x0) * ppu;
      if (p0 < left) p0 = left;
      if (p1 > right) p1 = right;
      if (p1 <= p0) continue;
      const s = ss[k];
      if (p1 - p0 >= 1) {
        if (pStart >= 0) {
          this.flushPending(pStart, pEnd, y);
          pStart = -1;
        }
        this.pushRect(s, p0, y, p1 - p0);
        continue;
      }
      if (pStart < 0) {
        pStart = p0;
        cov.fill(0);
      }
      cov[s] += p1 - p0;
      pEnd = p1;
      if (pEnd - pStart >= 1) {
        this.flushPending(pStart, pEnd, y);
        pStart = -1;
      }
    }
    if (pStart >= 0) this.flushPending(pStart, pEnd, y);

    // Blocked forever: hatch from when it became known to the lane's end.
    if (lane.foreverX === lane.foreverX) {
      const a = Math.max(vp.unitToPx(lane.foreverX), left);
      const b = Math.min(vp.unitToPx(end), right);
      if (b > a) this.pushHatch(a, y, b - a);
    }
    // Leaked: a hatched red end cap just after the lane's end.
    if (lane.leakEv >= 0) {
      const a = vp.unitToPx(end);
      if (a < right && a + LEAK_CAP_PX > left) this.pushHatch(a, y, LEAK_CAP_PX);
    }
  }

  private flushPending(p0: number, p1: number, y: number): void {
    const cov = this.cov;
    let best = 0;
    for (let s = 1; s < STATE_COUNT; s++) if (cov[s] > cov[best]) best = s;
    this.pushRect(best, p0, y, Math.max(1, p1 - p0));
  }

  private pushRect(s: number, x: number, y: number, w: number): void {
    const i = this.rectN[s] * 3;
    const buf = (this.rects[s] = withRoom(this.rects[s], i + 3));
    buf[i] = x;
    buf[i + 1] = y;
    buf[i + 2] = w;
    this.rectN[s]++;
  }

  private pushHatch(x: number, y: number, w: number): void {
    const i = this.hatchN * 3;
    const buf = (this.hatchRects = withRoom(this.hatchRects, i + 3));
    buf[i] = x;
    buf[i + 1] = y;
    buf[i + 2] = w;
    this.hatchN++;
  }

  private flushSegments(ctx: CanvasRenderingContext2D): void {
    for (let s = 0; s < STATE_COUNT; s++) {
      const n = this.rectN[s];
      if (n === 0) continue;
      const buf = this.rects[s];
      const inset = STATE_INSET[s];
      const h = BAR_H - 2 * inset;
      ctx.fillStyle = STATE_COLORS[s];
      for (let i = 0; i < n * 3; i += 3) ctx.fillRect(buf[i], buf[i + 1] + inset, buf[i + 2], h);
      this.rectN[s] = 0;
    }
    if (this.hatchN > 0) {
      const buf = this.hatchRects;
      ctx.fillStyle = this.hatch!;
      for (let i = 0; i < this.hatchN * 3; i += 3)
        ctx.fillRect(buf[i], buf[i + 1], buf[i + 2], BAR_H);
      ctx.strokeStyle = COLORS.forever;
      ctx.lineWidth = 1;
      ctx.beginPath();
      for (let i = 0; i < this.hatchN * 3; i += 3) {
        ctx.rect(buf[i] + 0.5, buf[i + 1] + 0.5, Math.max(1, buf[i + 2] - 1), BAR_H - 1);
      }
      ctx.stroke();
      this.hatchN = 0;
    }
  }

  // ---- Markers ----------------------------------------------------------------------------------

  private drawMarks(
    ctx: CanvasRenderingContext2D,
    model: Model,
    lane: Lane,
    vp: Viewport,
    cy: number,
    u0: number,
    u1: number,
  ): void {
    const n = lane.markX.n;
    if (n === 0) return;
    const X = lane.markX.a;
    const K = lane.markKind.a;
    const k0 = firstGE(X, n, u0 - 12 / vp.ppu);
    const k1 = firstGE(X, n, u1 + 12 / vp.ppu);
    if (k0 >= k1) return;
    // Pass 1: send/receive dots, only when events are far enough apart to tell them apart.
    if (vp.ppu >= 3) {
      let lastPx = -1e9;
      for (let k = k0; k < k1; k++) {
        const kind = K[k];
        if (kind > Mark.Close) continue;
        const px = Math.round(vp.unitToPx(X[k]));
        if (px === lastPx) continue;
        lastPx = px;
        ctx.fillStyle = kind === Mark.Close || kind === Mark.RecvClosed ? '#9fc3ff' : '#f2f2f2';
        if (kind === Mark.Close) ctx.fillRect(px - 1, cy - 7, 2, 14);
        else if (kind === Mark.RecvClosed) ctx.fillRect(px - 2, cy - 2, 4, 4);
        else ctx.fillRect(px - 1.5, cy - 1.5, 3, 3);
      }
    }
    // Pass 2: icons, coalesced per pixel column and kind.
    let lastPx = -1e9;
    let lastKind = -1;
    for (let k = k0; k < k1; k++) {
      const kind = K[k];
      if (kind < Mark.Cancel) continue;
      const px = Math.round(vp.unitToPx(X[k]));
      if (kind === lastKind && px - lastPx < 11) continue;
      lastPx = px;
      lastKind = kind;
      if (kind === Mark.Leaked) {
        // Drawn at the lane's end, after its hatched cap.
        drawIcon(ctx, kind, vp.unitToPx(model.laneEnd(lane)) + LEAK_CAP_PX + 8, cy);
      } else {
        drawIcon(ctx, kind, px, cy);
      }
    }
  }

  private drawHover(ctx: CanvasRenderingContext2D, model: Model, vp: Viewport, hover: Hover): void {
    const lane = hover.lane;
    if (!lane) return;
    ctx.strokeStyle = COLORS.hover;
    ctx.lineWidth = 1.5;
    if (hover.ev >= 0) {
      const px = vp.unitToPx(model.evX.a[hover.ev]);
      const cy = rowCenter(vp, lane.index);
      ctx.beginPath();
      ctx.arc(px, cy, 6, 0, 2 * Math.PI);
      ctx.stroke();
    } else if (hover.seg >= 0 && lane.index >= 0) {
      const a = vp.unitToPx(lane.segX.a[hover.seg]);
      const b =
        hover.seg + 1 < lane.segX.n
          ? vp.unitToPx(lane.segX.a[hover.seg + 1])
          : vp.unitToPx(model.laneEnd(lane));
      const y = vp.rowTop(lane.index) + BAR_TOP;
      ctx.strokeRect(a - 0.75, y - 0.75, Math.max(1, b - a) + 1.5, BAR_H + 1.5);
    }
  }

  private makePatterns(ctx: CanvasRenderingContext2D): void {
    this.hatch = stripes(ctx, COLORS.forever, 'rgba(255,79,79,0.18)', 6);
  }
}
