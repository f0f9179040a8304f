// Marker icons (cancel, panic, finding, blocked forever, leaked), the hatch pattern and the
// legend swatches: small vector drawings shared by the canvas and the toolbar legend.
import { COLORS, STATE_COLORS, STATE_INSET } from './colors';
import { Mark } from './model';

export function stripes(
  ctx: CanvasRenderingContext2D,
  fg: string,
  bg: string,
  size: number,
): CanvasPattern | null {
  const c = document.createElement('canvas');
  c.width = c.height = size;
  const g = c.getContext('2d')!;
  g.fillStyle = bg;
  g.fillRect(0, 0, size, size);
  g.strokeStyle = fg;
  g.lineWidth = 1.5;
  g.beginPath();
  g.moveTo(-1, size + 1);
  g.lineTo(size + 1, -1);
  g.moveTo(-1, 1);
  g.lineTo(1, -1);
  g.moveTo(size - 1, size + 1);
  g.lineTo(size + 1, size - 1);
  g.stroke();
  return ctx.createPattern(c, 'repeat');
}

/** A marker icon centred at (x, y), about 11 px across. */
export function drawIcon(ctx: CanvasRenderingContext2D, kind: number, x: number, y: number): void {
  switch (kind) {
    case Mark.Cancel: // orange diamond with a cross: a context was cancelled
      ctx.fillStyle = COLORS.cancel;
      ctx.beginPath();
      ctx.moveTo(x, y - 6);
      ctx.lineTo(x + 6, y);
      ctx.lineTo(x, y + 6);
      ctx.lineTo(x - 6, y);
      ctx.closePath();
      ctx.fill();
      ctx.strokeStyle = '#1e1e1e';
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.moveTo(x - 2.2, y - 2.2);
      ctx.lineTo(x + 2.2, y + 2.2);
      ctx.moveTo(x + 2.2, y - 2.2);
      ctx.lineTo(x - 2.2, y + 2.2);
      ctx.stroke();
      break;
    case Mark.Panic: // red warning triangle
      ctx.fillStyle = COLORS.panic;
      ctx.beginPath();
      ctx.moveTo(x, y - 6.5);
      ctx.lineTo(x + 6.5, y + 5);
      ctx.lineTo(x - 6.5, y + 5);
      ctx.closePath();
      ctx.fill();
      ctx.fillStyle = '#1e1e1e';
      ctx.fillRect(x - 0.75, y - 2.5, 1.5, 4);
      ctx.fillRect(x - 0.75, y + 2.5, 1.5, 1.5);
      break;
    case Mark.Finding: // yellow flag above the bar
      ctx.fillStyle = COLORS.finding;
      ctx.fillRect(x - 0.5, y - 8, 1.5, 9);
      ctx.beginPath();
      ctx.moveTo(x + 1, y - 8);
      ctx.lineTo(x + 7, y - 5.5);
      ctx.lineTo(x + 1, y - 3);
      ctx.closePath();
      ctx.fill();
      break;
    case Mark.Forever: // red "no entry": blocked forever
      ctx.fillStyle = COLORS.forever;
      ctx.beginPath();
      ctx.arc(x, y, 5.5, 0, 2 * Math.PI);
      ctx.fill();
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(x - 3, y - 1, 6, 2);
      break;
    case Mark.Leaked: // red ring with an exclamation mark: leaked at exit
      ctx.strokeStyle = COLORS.forever;
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.arc(x, y, 5, 0, 2 * Math.PI);
      ctx.stroke();
      ctx.fillStyle = COLORS.forever;
      ctx.fillRect(x - 1, y - 3, 2, 3.5);
      ctx.fillRect(x - 1, y + 1.5, 2, 1.8);
      break;
  }
}

/** Colour swatch used by the legend (the running/runnable bars and the markers). */
export function legendSwatch(kind: 'state' | 'mark', code: number): HTMLCanvasElement {
  const c = document.createElement('canvas');
  const dpr = Math.max(1, Math.round(window.devicePixelRatio || 1));
  c.width = 16 * dpr;
  c.height = 12 * dpr;
  c.style.width = '16px';
  c.style.height = '12px';
  const g = c.getContext('2d')!;
  g.scale(dpr, dpr);
  if (kind === 'state') {
    const inset = Math.max(1, STATE_INSET[code]);
    g.fillStyle = STATE_COLORS[code];
    g.fillRect(0, inset, 16, 12 - 2 * inset);
  } else if (code === -1) {
    // blocked forever / leaked hatch
    g.fillStyle = stripes(g, COLORS.forever, 'rgba(255,79,79,0.18)', 6)!;
    g.fillRect(0, 1, 16, 10);
    g.strokeStyle = COLORS.forever;
    g.strokeRect(0.5, 1.5, 15, 9);
  } else if (code === -2) {
    // channel arrow
    g.strokeStyle = COLORS.arrow;
    g.fillStyle = COLORS.arrow;
    g.beginPath();
    g.moveTo(1, 10);
    g.lineTo(12, 3);
    g.stroke();
    g.beginPath();
    g.moveTo(15, 1);
    g.lineTo(9, 2);
    g.lineTo(12, 6.5);
    g.fill();
  } else {
    drawIcon(g, code, 8, 6);
  }
  return c;
}
