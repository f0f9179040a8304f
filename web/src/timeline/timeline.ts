// The Timeline component: DOM (toolbar with legend, one canvas, one tooltip div), the public
// API the app drives, and interaction (wheel/pinch zoom, drag pan, scroll, hover, click).
// Redraws are coalesced into one requestAnimationFrame; nothing is drawn per event.
import type { TraceEvent } from '../engine/protocol';
import { button, el, injectStyle, legend } from './dom';
import { describe, hitTest, type Hit } from './hit';
import { FitMode, ROW_H, SCROLLBAR_W, Viewport } from './layout';
import { Model } from './model';
import { Renderer, type Hover } from './render';

export interface TimelineOptions {
  /** Called when an event or segment with a source position in the user's file is clicked. */
  onReveal?: (line: number, col: number) => void;
}

export interface TimelineStats {
  lanes: number;
  procs: number; // processor rows (P0, P1, …)
  events: number;
  leaked: number;
  blockedForever: number;
  cancels: number;
  arrows: number;
}

const FLASH_MS = 1800;
const CLICK_SLOP_PX = 5;

export class Timeline {
  private model = new Model();
  private readonly vp = new Viewport();
  private readonly renderer = new Renderer();
  private readonly root: HTMLDivElement;
  private readonly body: HTMLDivElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private readonly tip: HTMLDivElement;
  private readonly followBtn: HTMLButtonElement;
  private readonly ro: ResizeObserver | null = null;
  private raf = 0;
  private dpr = 1;
  private readonly hover: Hover = { lane: null, ev: -1, seg: -1 };
  private hoverKey = '';
  private flashRow = -1;
  private flashUntil = 0;
  // Active pointers (canvas coordinates) for drag and two-finger pinch.
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private drag: {
    mode: 'plot' | 'labels' | 'scrollbar';
    x: number;
    y: number;
    startX: number;
    startY: number;
    moved: boolean;
  } | null = null;
  private pinchDist = 0;
  private pinchMid = 0;
  /** How long the last frame took to draw, in ms (read by the benchmark). */
  lastDrawMs = 0;

  constructor(
    host: HTMLElement,
    private readonly opts: TimelineOptions = {},
  ) {
    injectStyle();
    this.root = el('div', 'gs-tl');
    const bar = el('div', 'gs-tl-bar');
    const btns = el('div', 'gs-tl-btns');
    btns.append(
      button('−', 'Zoom out (−)', () => this.zoomButton(1 / 1.6)),
      button('+', 'Zoom in (+)', () => this.zoomButton(1.6)),
      button('Fit', 'Show the whole run (0)', () => this.fitAll()),
    );
    this.followBtn = button('Follow', 'Keep the newest events in view (End)', () =>
      this.toggleFollow(),
    );
    btns.append(this.followBtn);
    bar.append(btns, legend());
    const help = button('?', '', () => {});
    help.classList.add('gs-tl-help');
    help.title =
      'Wheel or pinch: zoom · drag: pan (and scroll lanes) · shift+wheel or wheel over the ' +
      'names: scroll lanes · click an event or bar: show its line · keys: + − 0 (fit) End ' +
      '(follow) ← → ↑ ↓';
    btns.append(help);
    this.body = el('div', 'gs-tl-body');
    this.canvas = document.createElement('canvas');
    this.canvas.tabIndex = 0;
    this.canvas.setAttribute('aria-label', 'Goroutine timeline');
    this.tip = el('div', 'gs-tl-tip');
    this.tip.hidden = true;
    this.body.append(this.canvas, this.tip);
    this.root.append(bar, this.body);
    host.append(this.root);
    this.ctx = this.canvas.getContext('2d', { alpha: false })!;

    this.canvas.addEventListener('pointerdown', this.onPointerDown);
    this.canvas.addEventListener('pointermove', this.onPointerMove);
    this.canvas.addEventListener('pointerup', this.onPointerUp);
    this.canvas.addEventListener('pointercancel', this.onPointerUp);
    this.canvas.addEventListener('pointerleave', this.onPointerLeave);
    this.canvas.addEventListener('wheel', this.onWheel, { passive: false });
    this.canvas.addEventListener('keydown', this.onKey);
    if (typeof ResizeObserver !== 'undefined') {
      this.ro = new ResizeObserver(() => this.resize());
      this.ro.observe(this.body);
    }
    this.resize();
  }

  // ---- Public API --------------------------------------------------------------------------------

  /** A new run starts: forget everything, follow the run again. */
  reset(): void {
    this.model = new Model();
    this.vp.x0 = 0;
    this.vp.scrollY = 0;
    this.vp.follow = true;
    this.vp.fit = FitMode.Auto;
    this.flashRow = -1;
    this.clearHover();
    this.schedule();
  }

  /** Append a batch of events (in sequence order). Drawing happens on the next frame. */
  addEvents(events: TraceEvent[]): void {
    if (events.length === 0) return;
    this.model.add(events);
    this.schedule();
  }

  /** The pacer compressed an idle gap (> 2 s of virtual time): draw a break marker there. */
  markIdleGap(fromNs: number, toNs: number): void {
    this.model.addGap(fromNs, toNs);
    this.schedule();
  }

  /** The run ended: goroutines still alive stay open to the end (leaked ones get a red end). */
  finish(): void {
    this.model.finish();
    this.schedule();
  }

  /** Scroll goroutine g's lane into view (and its end, if off-screen) and flash it. */
  highlightGoroutine(g: number): void {
    const lane = this.model.byG.get(g);
    if (!lane) return;
    const vp = this.vp;
    vp.scrollY = lane.index * ROW_H - vp.plotH / 2 + ROW_H / 2;
    const end = this.model.laneEnd(lane);
    const visible = vp.plotW / vp.ppu;
    if (end < vp.x0 || lane.startX > vp.x0 + visible) {
      const focus = lane.foreverX === lane.foreverX ? lane.foreverX : end;
      vp.panBy((vp.x0 + visible / 2 - focus) * vp.ppu, this.model.head);
    }
    this.flashRow = lane.index;
    this.flashUntil = performance.now() + FLASH_MS;
    this.schedule();
  }

  /** Re-measure the host (also done automatically with a ResizeObserver). */
  resize(): void {
    const w = Math.max(1, this.body.clientWidth);
    const h = Math.max(1, this.body.clientHeight);
    const dpr = window.devicePixelRatio || 1;
    this.dpr = dpr;
    this.canvas.style.width = `${w}px`;
    this.canvas.style.height = `${h}px`;
    const pw = Math.round(w * dpr);
    const ph = Math.round(h * dpr);
    if (this.canvas.width !== pw) this.canvas.width = pw;
    if (this.canvas.height !== ph) this.canvas.height = ph;
    this.vp.setSize(w, h);
    this.schedule();
  }

  destroy(): void {
    if (this.raf) cancelAnimationFrame(this.raf);
    this.raf = 0;
    this.ro?.disconnect();
    this.canvas.removeEventListener('pointerdown', this.onPointerDown);
    this.canvas.removeEventListener('pointermove', this.onPointerMove);
    this.canvas.removeEventListener('pointerup', this.onPointerUp);
    this.canvas.removeEventListener('pointercancel', this.onPointerUp);
    this.canvas.removeEventListener('pointerleave', this.onPointerLeave);
    this.canvas.removeEventListener('wheel', this.onWheel);
    this.canvas.removeEventListener('keydown', this.onKey);
    this.root.remove();
  }

  stats(): TimelineStats {
    const m = this.model;
    return {
      lanes: m.lanes.length,
      procs: m.procs.length,
      events: m.events.length,
      leaked: m.leaked,
      blockedForever: m.blockedForever,
      cancels: m.cancels,
      arrows: m.arrowCount,
    };
  }

  // ---- Drawing -----------------------------------------------------------------------------------

  private schedule(): void {
    if (!this.raf) this.raf = requestAnimationFrame(this.frame);
  }

  private frame = (): void => {
    this.raf = 0;
    const start = performance.now();
    if ((window.devicePixelRatio || 1) !== this.dpr) this.resize();
    const vp = this.vp;
    vp.track(this.model.head, this.model.lanes.length, this.model.finished);
    let flash = 0;
    if (this.flashRow >= 0) {
      const left = this.flashUntil - start;
      if (left <= 0) this.flashRow = -1;
      else {
        // Two pulses, fading out.
        flash =
          Math.min(1, left / 500) *
          (0.55 + 0.45 * Math.cos(((FLASH_MS - left) / 450) * Math.PI * 2));
        this.schedule();
      }
    }
    this.ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    this.renderer.draw(this.ctx, this.model, vp, this.hover, this.flashRow, flash);
    const on = vp.follow;
    if (this.followBtn.classList.contains('on') !== on) this.followBtn.classList.toggle('on', on);
    this.lastDrawMs = performance.now() - start;
  };

  // ---- Interaction -------------------------------------------------------------------------------

  private local(e: { clientX: number; clientY: number }): { x: number; y: number } {
    const r = this.canvas.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  }

  private zoomButton(factor: number): void {
    const vp = this.vp;
    const at = vp.follow
      ? Math.min(vp.unitToPx(this.model.head), vp.plotLeft + vp.plotW)
      : vp.plotLeft + vp.plotW / 2;
    vp.zoomAt(at, factor, this.model.head);
    this.schedule();
  }

  private fitAll(): void {
    this.vp.fitAll();
    this.schedule();
  }

  private toggleFollow(): void {
    this.vp.follow = !this.vp.follow;
    this.schedule();
  }

  private onPointerDown = (e: PointerEvent): void => {
    const p = this.local(e);
    this.pointers.set(e.pointerId, p);
    try {
      this.canvas.setPointerCapture(e.pointerId);
    } catch {
      // synthetic events (benchmarks) have no capturable pointer
    }
    if (this.pointers.size === 2) {
      const [a, b] = [...this.pointers.values()];
      this.pinchDist = Math.max(20, Math.abs(a.x - b.x));
      this.pinchMid = (a.x + b.x) / 2;
      this.drag = null;
      return;
    }
    const vp = this.vp;
    const overflow = vp.maxScrollY(this.model.lanes.length) > 0;
    const mode =
      overflow && p.x >= vp.width - SCROLLBAR_W - 2 && p.y >= vp.plotTop
        ? 'scrollbar'
        : p.x < vp.plotLeft
          ? 'labels'
          : 'plot';
    this.drag = {
      mode,
      x: p.x,
      y: p.y,
      startX: p.x,
      startY: p.y,
      moved: false,
    };
  };

  private onPointerMove = (e: PointerEvent): void => {
    const p = this.local(e);
    if (this.pointers.has(e.pointerId)) this.pointers.set(e.pointerId, p);
    const vp = this.vp;
    const head = this.model.head;
    if (this.pointers.size >= 2) {
      const [a, b] = [...this.pointers.values()];
      const dist = Math.max(20, Math.abs(a.x - b.x));
      const mid = (a.x + b.x) / 2;
      vp.panBy(mid - this.pinchMid, head);
      vp.zoomAt(mid, dist / this.pinchDist, head);
      this.pinchDist = dist;
      this.pinchMid = mid;
      this.hideTip();
      this.schedule();
      return;
    }
    const d = this.drag;
    if (d) {
      const dx = p.x - d.x;
      const dy = p.y - d.y;
      d.x = p.x;
      d.y = p.y;
      if (!d.moved && Math.hypot(p.x - d.startX, p.y - d.startY) < CLICK_SLOP_PX) return;
      if (!d.moved) {
        d.moved = true;
        this.canvas.classList.add('dragging');
        this.clearHover();
      }
      const lanes = this.model.lanes.length;
      if (d.mode === 'plot') {
        vp.panBy(dx, head);
        vp.scrollBy(-dy, lanes);
      } else if (d.mode === 'labels') {
        vp.scrollBy(-dy, lanes);
      } else {
        vp.scrollBy((dy * lanes * ROW_H) / Math.max(1, vp.plotH), lanes);
      }
      this.schedule();
      return;
    }
    if (e.pointerType !== 'touch') this.updateHover(p.x, p.y);
  };

  private onPointerUp = (e: PointerEvent): void => {
    const p = this.local(e);
    this.pointers.delete(e.pointerId);
    const d = this.drag;
    this.drag = null;
    this.canvas.classList.remove('dragging');
    if (this.pointers.size === 1) {
      // The pinch ended with one finger still down: keep panning with it, never a click.
      const [q] = [...this.pointers.values()];
      this.drag = {
        mode: 'plot',
        x: q.x,
        y: q.y,
        startX: q.x,
        startY: q.y,
        moved: true,
      };
      return;
    }
    if (d && !d.moved && e.type === 'pointerup') {
      this.updateHover(p.x, p.y); // a tap shows the tooltip too
      this.click(p.x, p.y);
    }
  };

  private onPointerLeave = (e: PointerEvent): void => {
    if (e.pointerType !== 'touch' && !this.drag) this.clearHover();
  };

  private onWheel = (e: WheelEvent): void => {
    e.preventDefault();
    const p = this.local(e);
    const vp = this.vp;
    const k = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? vp.plotH : 1;
    const dx = e.deltaX * k;
    const dy = e.deltaY * k;
    const lanes = this.model.lanes.length;
    if (e.ctrlKey || e.metaKey) {
      // Trackpad pinch arrives as ctrl+wheel.
      vp.zoomAt(Math.max(p.x, vp.plotLeft), Math.exp(-clamp(dy, 50) * 0.01), this.model.head);
    } else if (e.shiftKey || p.x < vp.plotLeft) {
      vp.scrollBy(dy || dx, lanes);
    } else if (Math.abs(dx) > Math.abs(dy)) {
      vp.panBy(-dx, this.model.head);
    } else {
      vp.zoomAt(p.x, Math.exp(-clamp(dy, 300) * 0.0025), this.model.head);
    }
    this.clearHover();
    this.schedule();
  };

  private onKey = (e: KeyboardEvent): void => {
    const vp = this.vp;
    const head = this.model.head;
    const lanes = this.model.lanes.length;
    switch (e.key) {
      case '+':
      case '=':
        this.zoomButton(1.6);
        break;
      case '-':
      case '_':
        this.zoomButton(1 / 1.6);
        break;
      case '0':
        this.fitAll();
        break;
      case 'End':
        vp.follow = true;
        break;
      case 'ArrowLeft':
        vp.panBy(vp.plotW / 5, head);
        break;
      case 'ArrowRight':
        vp.panBy(-vp.plotW / 5, head);
        break;
      case 'ArrowUp':
        vp.scrollBy(-ROW_H * 3, lanes);
        break;
      case 'ArrowDown':
        vp.scrollBy(ROW_H * 3, lanes);
        break;
      case 'PageUp':
        vp.scrollBy(-vp.plotH, lanes);
        break;
      case 'PageDown':
        vp.scrollBy(vp.plotH, lanes);
        break;
      default:
        return;
    }
    e.preventDefault();
    this.schedule();
  };

  private click(x: number, y: number): void {
    const hit = hitTest(this.model, this.vp, x, y);
    if (!hit || !this.opts.onReveal) return;
    const d = describe(this.model, hit);
    if (d.reveal) this.opts.onReveal(d.reveal.line, d.reveal.col);
  }

  private updateHover(x: number, y: number): void {
    const hit = hitTest(this.model, this.vp, x, y);
    const key = hitKey(hit);
    if (key !== this.hoverKey) {
      this.hoverKey = key;
      this.hover.lane = hit && hit.kind !== 'gap' ? hit.lane : null;
      this.hover.ev = hit?.kind === 'event' ? hit.ev : -1;
      this.hover.seg = hit?.kind === 'segment' ? hit.seg : -1;
      if (hit?.kind === 'label') this.hover.lane = null;
      if (hit) this.fillTip(hit);
      else this.hideTip();
      this.schedule();
    }
    if (hit) this.placeTip(x, y);
    this.canvas.style.cursor = hit && hit.kind !== 'gap' && this.opts.onReveal ? 'pointer' : '';
  }

  private clearHover(): void {
    if (this.hoverKey === '' && this.tip.hidden) return;
    this.hoverKey = '';
    this.hover.lane = null;
    this.hover.ev = -1;
    this.hover.seg = -1;
    this.hideTip();
    this.schedule();
  }

  private fillTip(hit: Hit): void {
    const d = describe(this.model, hit);
    const tip = this.tip;
    tip.replaceChildren();
    const title = el('div', 'gs-tl-tip-title');
    title.textContent = d.title;
    tip.append(title);
    for (const line of d.lines) {
      const div = el('div', 'gs-tl-tip-line');
      div.textContent = line;
      tip.append(div);
    }
    if (d.reveal && this.opts.onReveal) {
      const hint = el('div', 'gs-tl-tip-hint');
      hint.textContent = `click to show line ${d.reveal.line} in the editor`;
      tip.append(hint);
    }
    tip.hidden = false;
  }

  private placeTip(x: number, y: number): void {
    const tip = this.tip;
    if (tip.hidden) return;
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const bw = this.body.clientWidth;
    const bh = this.body.clientHeight;
    let left = x + 14;
    let top = y + 16;
    if (left + w > bw - 4) left = Math.max(4, x - w - 14);
    if (top + h > bh - 4) top = Math.max(4, y - h - 12);
    tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  private hideTip(): void {
    this.tip.hidden = true;
  }
}

function clamp(v: number, limit: number): number {
  return Math.max(-limit, Math.min(limit, v));
}

function hitKey(hit: Hit | null): string {
  if (!hit) return '';
  switch (hit.kind) {
    case 'event':
      return `e${hit.ev}`;
    case 'segment':
      return `s${hit.lane.index}:${hit.seg}`;
    case 'label':
      return `l${hit.lane.index}`;
    case 'gap':
      return `g${hit.gap}`;
  }
}
