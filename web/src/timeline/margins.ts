// The margins around the plot: the time axis with its tick labels and idle-gap breaks, the
// runtime row's background, the lane names column and the vertical scrollbar.
import { COLORS } from './colors';
import { drawIcon, stripes } from './icons';
import { AXIS_H, ROW_H, RUNTIME_H, SCROLLBAR_W, Ticks, Viewport, formatNs } from './layout';
import type { Lane, Model } from './model';
import { Mark } from './model';

const MONO = '11px ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace';
const SANS = '11px system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';

export class MarginPainter {
  private gapHatch: CanvasPattern | null = null;
  // Lane names fitted to the column, by lane row; see fitLabel.
  private labelText: string[] = [];
  private labelFor: string[] = [];
  private labelWidth = 0;
  private tickLabels = new Map<number, string>();

  /** Idle-gap breaks: a hatched band across lanes (band) or a // mark on the axis. */
  drawGaps(
    ctx: CanvasRenderingContext2D,
    model: Model,
    vp: Viewport,
    y: number,
    h: number,
    band: boolean,
  ): void {
    for (let i = 0; i < model.gapFrom.length; i++) {
      const a = vp.unitToPx(model.timeToX(model.gapFrom[i]));
      const b = vp.unitToPx(model.timeToX(model.gapTo[i]));
      if (b < vp.plotLeft - 10 || a > vp.plotLeft + vp.plotW + 10) continue;
      const mid = (a + b) / 2;
      if (band) {
        ctx.fillStyle = this.gapHatch ??= stripes(
          ctx,
          'rgba(154,163,173,0.45)',
          'rgba(30,30,30,0.6)',
          6,
        )!;
        ctx.fillRect(mid - 5, y, 10, h);
        ctx.fillStyle = COLORS.gap;
        ctx.globalAlpha = 0.7;
        ctx.fillRect(Math.round(mid - 5), y, 1, h);
        ctx.fillRect(Math.round(mid + 5), y, 1, h);
        ctx.globalAlpha = 1;
      } else {
        // The break mark on the axis: two slanted strokes.
        ctx.strokeStyle = COLORS.gap;
        ctx.lineWidth = 1.5;
        ctx.beginPath();
        ctx.moveTo(mid - 7, y + h - 3);
        ctx.lineTo(mid - 1, y + 3);
        ctx.moveTo(mid + 1, y + h - 3);
        ctx.lineTo(mid + 7, y + 3);
        ctx.stroke();
      }
    }
  }

  /** The time axis (tick labels, idle-gap breaks) and the runtime row's background. */
  drawHeader(ctx: CanvasRenderingContext2D, model: Model, vp: Viewport, ticks: Ticks): void {
    const left = vp.plotLeft;
    const right = left + vp.plotW;
    ctx.fillStyle = COLORS.labelBg;
    ctx.fillRect(0, 0, vp.width, AXIS_H);
    ctx.fillStyle = COLORS.runtimeBg;
    ctx.fillRect(0, AXIS_H, vp.width, RUNTIME_H);
    ctx.save();
    ctx.beginPath();
    ctx.rect(left, 0, right - left, AXIS_H + RUNTIME_H);
    ctx.clip();
    // Ticks and labels.
    ctx.fillStyle = COLORS.border;
    for (let k = 0; k < ticks.n; k++) {
      ctx.fillRect(Math.round(ticks.x[k]), AXIS_H - 6, 1, 6);
    }
    ctx.font = SANS;
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'left';
    ctx.fillStyle = COLORS.axisText;
    const T = ticks.t;
    for (let k = 0; k < ticks.n; k++) {
      // Enough digits to tell each label from its neighbours (instants can be 1 ns apart).
      let label = '';
      for (let extra = 0; extra <= 6; extra++) {
        label = this.tickLabel(T[k], extra);
        if (
          (k === 0 || this.tickLabel(T[k - 1], extra) !== label) &&
          (k + 1 === ticks.n || this.tickLabel(T[k + 1], extra) !== label)
        ) {
          break;
        }
      }
      ctx.fillText(label, Math.round(ticks.x[k]) + 3, AXIS_H / 2 - 1);
    }
    this.drawGaps(ctx, model, vp, 0, AXIS_H, false);
    this.drawGaps(ctx, model, vp, AXIS_H, RUNTIME_H, true);
    ctx.restore();
    ctx.fillStyle = COLORS.border;
    ctx.fillRect(0, AXIS_H + RUNTIME_H - 1, vp.width, 1);
    ctx.fillRect(0, AXIS_H - 1, vp.width, 1);
    ctx.fillStyle = COLORS.textDim;
    ctx.font = SANS;
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'left';
    ctx.fillText('virtual time', 8, AXIS_H / 2 - 1);
    ctx.fillText('runtime', 8, AXIS_H + RUNTIME_H / 2);
  }

  /** formatNs(t, extra), cached: the axis relabels every frame. */
  private tickLabel(t: number, extra: number): string {
    const key = t * 8 + extra;
    let s = this.tickLabels.get(key);
    if (s === undefined) {
      if (this.tickLabels.size > 4096) this.tickLabels.clear();
      s = formatNs(t, extra);
      this.tickLabels.set(key, s);
    }
    return s;
  }

  /** The lane names column: goroutine id, function, and a leaked / stuck / panic icon. */
  drawLabels(
    ctx: CanvasRenderingContext2D,
    model: Model,
    vp: Viewport,
    rowFirst: number,
    rowLast: number,
    flashRow: number,
    flashAlpha: number,
  ): void {
    const lanes = model.lanes;
    const w = vp.labelW;
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, vp.plotTop, w, vp.plotH);
    ctx.clip();
    ctx.fillStyle = COLORS.labelBg;
    ctx.fillRect(0, vp.plotTop, w, vp.plotH);
    ctx.font = MONO;
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'left';
    if (this.labelWidth !== w) {
      this.labelWidth = w;
      this.labelText.length = 0;
      this.labelFor.length = 0;
    }
    for (let r = rowFirst; r <= rowLast; r++) {
      const lane = lanes[r];
      const y = vp.rowTop(r);
      const cy = y + ROW_H / 2;
      if (r & 1) {
        ctx.fillStyle = '#29292b';
        ctx.fillRect(0, y, w, ROW_H);
      }
      if (r === flashRow && flashAlpha > 0) {
        ctx.globalAlpha = flashAlpha * 0.35;
        ctx.fillStyle = COLORS.flash;
        ctx.fillRect(0, y, w, ROW_H);
        ctx.globalAlpha = 1;
      }
      const ended = lane.state < 0;
      const bad = lane.leakEv >= 0 || lane.foreverEv >= 0;
      ctx.fillStyle = bad ? COLORS.forever : COLORS.textDim;
      ctx.fillText(lane.idText, 8, cy);
      const nameX = 8 + 7 * 5; // ids up to "g9999" keep names aligned
      const iconRoom = bad || lane.panicked ? 18 : 4;
      ctx.fillStyle = ended ? COLORS.textDim : COLORS.text;
      ctx.fillText(this.fitLabel(ctx, lane, w - nameX - iconRoom), nameX, cy);
      if (lane.leakEv >= 0) drawIcon(ctx, Mark.Leaked, w - 10, cy);
      else if (lane.foreverEv >= 0) drawIcon(ctx, Mark.Forever, w - 10, cy);
      else if (lane.panicked) drawIcon(ctx, Mark.Panic, w - 10, cy);
    }
    ctx.restore();
    ctx.fillStyle = COLORS.border;
    ctx.fillRect(w - 1, 0, 1, vp.height);
  }

  /** The lane's function name shortened with an ellipsis to fit (cached per lane). */
  private fitLabel(ctx: CanvasRenderingContext2D, lane: Lane, room: number): string {
    const r = lane.index;
    if (this.labelFor[r] === lane.name && this.labelText[r] !== undefined) return this.labelText[r];
    let name =
      lane.name.startsWith('main.') && lane.name.length > 5 ? lane.name.slice(5) : lane.name;
    if (ctx.measureText(name).width > room) {
      while (name.length > 1 && ctx.measureText(name + '…').width > room) name = name.slice(0, -1);
      name += '…';
    }
    this.labelFor[r] = lane.name;
    this.labelText[r] = name;
    return name;
  }

  drawScrollbar(ctx: CanvasRenderingContext2D, vp: Viewport, lanes: number): void {
    const content = lanes * ROW_H;
    if (content <= vp.plotH) return;
    const trackH = vp.plotH;
    const h = Math.max(24, (trackH * vp.plotH) / content);
    const y = vp.plotTop + ((trackH - h) * vp.scrollY) / Math.max(1, content - vp.plotH);
    ctx.fillStyle = COLORS.scrollbar;
    ctx.beginPath();
    ctx.roundRect(vp.width - SCROLLBAR_W + 1, y, SCROLLBAR_W - 2, h, 3);
    ctx.fill();
  }
}
