// Creation links (go statement → child's start) and channel arrows (send → receive), culled to
// the visible time range and lanes, sampled above a cap, faded with density.
import { COLORS } from './colors';
import { ROW_H, Viewport, rowCenter } from './layout';
import type { Arrows, Model } from './model';
import { LONG_ARROW_UNITS } from './model';
import { firstGE, withRoom } from './vec';

const MAX_ARROWS = 3000; // per frame; beyond it arrows are sampled evenly
const MAX_LINKS = 3000;

export class FlowPainter {
  // Arrowheads of the current frame: (tip x, tip y, unit dx, unit dy); reused across frames.
  private heads = new Float32Array(4 * 1024);
  private headN = 0;
  // The current frame's visible lanes (rows rowFirst..rowLast) and display units (u0..u1).
  private rowFirst = 0;
  private rowLast = -1;
  private u0 = 0;
  private u1 = 0;

  /** Links, then arrows, of the lanes rowFirst..rowLast between display units u0 and u1. */
  draw(
    ctx: CanvasRenderingContext2D,
    model: Model,
    vp: Viewport,
    rowFirst: number,
    rowLast: number,
    u0: number,
    u1: number,
  ): void {
    this.rowFirst = rowFirst;
    this.rowLast = rowLast;
    this.u0 = u0;
    this.u1 = u1;
    this.drawLinks(ctx, model, vp);
    this.drawArrows(ctx, model, vp);
  }

  private rowVisible(r: number): boolean {
    return r >= this.rowFirst && r <= this.rowLast;
  }

  /**
   * A thin line from the go statement on the parent lane to the child's start, when links are
   * sparse enough to follow and one end is on screen; when dense (zoomed out over many go
   * statements) only a short stub and a dot mark each child's start. Goroutines the runtime
   * starts (main, timer callbacks) always get the stub: a line from the runtime row would cross
   * every lane.
   */
  private drawLinks(ctx: CanvasRenderingContext2D, model: Model, vp: Viewport): void {
    const n = model.linkX.n;
    const X = model.linkX.a;
    const from = model.linkFrom.a;
    const to = model.linkTo.a;
    const k0 = firstGE(X, n, this.u0);
    const k1 = firstGE(X, n, this.u1);
    if (k0 >= k1) return;
    const full = k1 - k0 <= vp.plotW / 10;
    const stride = Math.max(1, Math.ceil((k1 - k0) / MAX_LINKS));
    ctx.strokeStyle = COLORS.link;
    ctx.globalAlpha = full ? 0.8 : 0.55;
    ctx.lineWidth = 1;
    ctx.beginPath();
    let lastPx = -1e9;
    let lastFrom = -2;
    let lastY = 0;
    for (let k = k0; k < k1; k += stride) {
      const a = from[k];
      const b = to[k];
      const childVisible = this.rowVisible(b);
      const parentVisible = this.rowVisible(a);
      if (!childVisible && !(full && parentVisible)) continue;
      const px = Math.round(vp.unitToPx(X[k])) + 0.5;
      const yb = rowCenter(vp, b);
      if (full && a >= 0) {
        // Links from one parent on one pixel column share their line: extend it.
        ctx.moveTo(px, px === lastPx && a === lastFrom ? lastY : rowCenter(vp, a));
        ctx.lineTo(px, yb);
      } else {
        const up = a < b ? -1 : 1;
        ctx.moveTo(px, yb + up * 3);
        ctx.lineTo(px, yb + up * 9);
      }
      if (childVisible) {
        ctx.moveTo(px + 2.5, yb);
        ctx.arc(px, yb, 2.5, 0, 2 * Math.PI);
      }
      lastPx = px;
      lastFrom = a;
      lastY = yb;
    }
    ctx.stroke();
    ctx.globalAlpha = 1;
  }

  /**
   * Channel arrows from each send to its receive. Both ends on screen: the whole arrow; one end
   * on screen: a short stub pointing towards the other lane (a line across the whole view to
   * an off-screen lane says little and hides the bars).
   */
  private drawArrows(ctx: CanvasRenderingContext2D, model: Model, vp: Viewport): void {
    const short = model.arrows;
    // Short arrows: their right end lies within the view or at most LONG_ARROW_UNITS past it.
    const s0 = firstGE(short.maxX.a, short.maxX.n, this.u0);
    const s1 = firstGE(short.maxX.a, short.maxX.n, this.u1 + LONG_ARROW_UNITS);
    const long = model.longArrows;
    const l0 = firstGE(long.maxX.a, long.maxX.n, this.u0);
    // Count what would be drawn, so density reflects the visible lanes only.
    let total = 0;
    for (let k = s0; k < s1; k++) if (this.arrowVisible(model, short, k)) total++;
    for (let k = l0; k < long.maxX.n; k++) if (this.arrowVisible(model, long, k)) total++;
    if (total === 0) return;
    // Zoomed out over thousands of arrows they are only texture: fade them with density, and
    // sample evenly above MAX_ARROWS.
    const dense = total / Math.max(1, vp.plotW);
    const stride = Math.max(1, Math.ceil(total / MAX_ARROWS));
    const alpha = dense > 1 ? 0.2 : dense > 0.3 ? 0.35 : dense > 0.1 ? 0.5 : 0.75;
    ctx.strokeStyle = COLORS.arrow;
    ctx.fillStyle = COLORS.arrow;
    ctx.lineWidth = 1;
    ctx.globalAlpha = alpha;
    this.headN = 0;
    ctx.beginPath();
    this.arrowRange(ctx, model, vp, short, s0, s1, stride);
    this.arrowRange(ctx, model, vp, long, l0, long.maxX.n, stride);
    ctx.stroke();
    // Heads: a triangle at each (tip, unit direction) collected above.
    ctx.globalAlpha = Math.min(1, alpha + 0.2);
    ctx.beginPath();
    const h = this.heads;
    for (let i = 0; i < this.headN * 4; i += 4) {
      const x = h[i];
      const y = h[i + 1];
      const ux = h[i + 2];
      const uy = h[i + 3];
      ctx.moveTo(x, y);
      ctx.lineTo(x - 6 * ux - 3 * uy, y - 6 * uy + 3 * ux);
      ctx.lineTo(x - 6 * ux + 3 * uy, y - 6 * uy - 3 * ux);
      ctx.closePath();
    }
    ctx.fill();
    ctx.globalAlpha = 1;
  }

  /** Whether arrow k is drawn: one end in the visible time range and on a visible lane. */
  private arrowVisible(model: Model, list: Arrows, k: number): boolean {
    const u0 = this.u0;
    const u1 = this.u1;
    const mn = list.minX.a[k];
    const mx = list.maxX.a[k];
    if (!((mx >= u0 && mx <= u1) || (mn >= u0 && mn <= u1))) return false;
    return (
      this.rowVisible(model.evLane.a[list.from.a[k]]) ||
      this.rowVisible(model.evLane.a[list.to.a[k]])
    );
  }

  private arrowRange(
    ctx: CanvasRenderingContext2D,
    model: Model,
    vp: Viewport,
    list: Arrows,
    k0: number,
    k1: number,
    stride: number,
  ): void {
    const evX = model.evX.a;
    const evLane = model.evLane.a;
    for (let k = k0; k < k1; k += stride) {
      if (!this.arrowVisible(model, list, k)) continue;
      const s = list.from.a[k];
      const r = list.to.a[k];
      const rs = evLane[s];
      const rr = evLane[r];
      const xs = vp.unitToPx(evX[s]);
      const xr = vp.unitToPx(evX[r]);
      const ys = rowCenter(vp, rs);
      const yr = rowCenter(vp, rr);
      if (rs === rr) {
        // A goroutine receiving its own buffered send: an arc above the lane.
        ctx.moveTo(xs, ys);
        ctx.quadraticCurveTo((xs + xr) / 2, ys - ROW_H * 0.9, xr, yr - 3);
        const dx = (xr - xs) / 2;
        const len = Math.hypot(dx, ROW_H * 0.9) || 1;
        this.pushHead(xr, yr - 3, dx / len, (ROW_H * 0.9) / len);
        continue;
      }
      const dx = xr - xs;
      const dy = yr - ys;
      const len = Math.hypot(dx, dy) || 1;
      const ux = dx / len;
      const uy = dy / len;
      const sVisible = this.rowVisible(rs);
      const rVisible = this.rowVisible(rr);
      const tipX = xr - ux * 3;
      const tipY = yr - uy * 3;
      if (sVisible && rVisible) {
        ctx.moveTo(xs, ys);
        ctx.lineTo(tipX, tipY);
        this.pushHead(tipX, tipY, ux, uy);
      } else if (sVisible) {
        ctx.moveTo(xs + ux * 3, ys + uy * 3);
        ctx.lineTo(xs + ux * 14, ys + uy * 14);
      } else {
        ctx.moveTo(tipX - ux * 12, tipY - uy * 12);
        ctx.lineTo(tipX, tipY);
        this.pushHead(tipX, tipY, ux, uy);
      }
    }
  }

  private pushHead(x: number, y: number, ux: number, uy: number): void {
    const i = this.headN * 4;
    this.heads = withRoom(this.heads, i + 4);
    this.heads[i] = x;
    this.heads[i + 1] = y;
    this.heads[i + 2] = ux;
    this.heads[i + 3] = uy;
    this.headN++;
  }
}
