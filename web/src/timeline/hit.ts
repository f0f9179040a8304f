// Hit testing and hover text: which event, segment, lane label or idle gap is under a point,
// and how to describe it (time, kind, reason, source line) for the tooltip.
import type { TraceEvent } from '../engine/protocol';
import { STATE_NAMES, State } from './colors';
import type { Lane, Model } from './model';
import { AXIS_H, BAR_H, BAR_TOP, RUNTIME_H, Viewport, formatNs } from './layout';
import { lastLE } from './vec';

export type Hit =
  | { kind: 'event'; lane: Lane; ev: number }
  | { kind: 'segment'; lane: Lane; seg: number }
  | { kind: 'label'; lane: Lane }
  | { kind: 'gap'; gap: number };

const RADIUS_PX = 6;
const LEAK_CAP_PX = 14;

export function hitTest(model: Model, vp: Viewport, px: number, py: number): Hit | null {
  let lane: Lane | null = null;
  if (py >= AXIS_H && py < AXIS_H + RUNTIME_H) lane = model.runtime;
  else if (py >= vp.plotTop) {
    const r = vp.rowAt(py);
    if (r >= 0 && r < model.lanes.length) lane = model.lanes[r];
  } else if (py < AXIS_H) {
    return gapAt(model, vp, px);
  }
  if (!lane) return null;
  if (px < vp.plotLeft) return lane.index >= 0 ? { kind: 'label', lane } : null;
  if (px > vp.plotLeft + vp.plotW) return null;
  const u = vp.pxToUnit(px);
  const r = RADIUS_PX / vp.ppu;

  // Markers first (they are what is drawn), then any event, then the leaked cap, the segment.
  const mk = nearest(lane.markX.a, lane.markX.n, u, r);
  if (mk >= 0) return { kind: 'event', lane, ev: lane.markEv.a[mk] };
  const ek = nearest(lane.evX.a, lane.evX.n, u, r);
  if (ek >= 0) return { kind: 'event', lane, ev: lane.evIdx.a[ek] };
  if (lane.index < 0) return gapAt(model, vp, px);
  const end = model.laneEnd(lane);
  const endPx = vp.unitToPx(end);
  if (lane.leakEv >= 0 && px >= endPx && px <= endPx + LEAK_CAP_PX + 16) {
    return { kind: 'event', lane, ev: lane.leakEv };
  }
  const y = vp.rowTop(lane.index);
  if (py < y + BAR_TOP - 2 || py > y + BAR_TOP + BAR_H + 2) return null;
  const k = lastLE(lane.segX.a, lane.segX.n, u);
  if (k < 0 || u > end) return null;
  return { kind: 'segment', lane, seg: k };
}

/** Index (into a) of the element nearest to u within r, or -1. */
function nearest(a: Float64Array, n: number, u: number, r: number): number {
  const k = lastLE(a, n, u);
  let best = -1;
  let bestD = r;
  if (k >= 0 && u - a[k] <= bestD) {
    best = k;
    bestD = u - a[k];
  }
  if (k + 1 < n && a[k + 1] - u <= bestD) best = k + 1;
  return best;
}

function gapAt(model: Model, vp: Viewport, px: number): Hit | null {
  for (let i = 0; i < model.gapFrom.length; i++) {
    const a = vp.unitToPx(model.timeToX(model.gapFrom[i]));
    const b = vp.unitToPx(model.timeToX(model.gapTo[i]));
    if (px >= (a + b) / 2 - 9 && px <= (a + b) / 2 + 9) return { kind: 'gap', gap: i };
  }
  return null;
}

/** The tooltip: a title, detail lines, and the source position a click reveals (if any). */
export interface Description {
  title: string;
  lines: string[];
  reveal: { line: number; col: number } | null;
}

export function describe(model: Model, hit: Hit): Description {
  switch (hit.kind) {
    case 'event':
      return describeEvent(model, hit.ev, hit.lane);
    case 'segment':
      return describeSegment(model, hit.lane, hit.seg);
    case 'label':
      return describeLane(model, hit.lane);
    case 'gap': {
      const from = model.gapFrom[hit.gap];
      const to = model.gapTo[hit.gap];
      return {
        title: `idle ${formatNs(to - from)} (compressed)`,
        lines: [
          `${formatNs(from)} → ${formatNs(to)}: every goroutine was waiting on a timer;`,
          'the replay skipped ahead instead of waiting in real time.',
        ],
        reveal: null,
      };
    }
  }
}

function laneTitle(lane: Lane): string {
  return lane.index < 0 ? 'runtime' : `${lane.idText} ${lane.name}`;
}

function describeLane(model: Model, lane: Lane): Description {
  const lines: string[] = [];
  if (lane.createEv >= 0) {
    const c = model.events[lane.createEv];
    const by = lane.parentG > 0 ? `g${lane.parentG}` : 'the runtime';
    lines.push(`created by ${by} at ${formatNs(c.t)}${where(c) ? `, ${where(c)}` : ''}`);
  }
  if (lane.state < 0) lines.push(`returned at ${formatNs(model.events[endEvent(lane)]?.t ?? 0)}`);
  else lines.push(`now: ${STATE_NAMES[lane.state]}`);
  if (lane.foreverEv >= 0) lines.push(clip(model.events[lane.foreverEv].text));
  if (lane.leakEv >= 0) lines.push(clip(model.events[lane.leakEv].text));
  const c = lane.createEv >= 0 ? model.events[lane.createEv] : undefined;
  return { title: laneTitle(lane), lines, reveal: c ? revealOf(c) : null };
}

function endEvent(lane: Lane): number {
  const k = lastLE(lane.evX.a, lane.evX.n, lane.endX);
  return k >= 0 ? lane.evIdx.a[k] : -1;
}

function describeSegment(model: Model, lane: Lane, seg: number): Description {
  const state = lane.segState.a[seg];
  const startEv = model.events[lane.segEv.a[seg]];
  const t0 = startEv.t;
  const endX = seg + 1 < lane.segX.n ? lane.segX.a[seg + 1] : model.laneEnd(lane);
  const t1 = model.xToTime(endX);
  let title = STATE_NAMES[state];
  if (startEv.ev === 'go_block' && startEv.text) {
    title = state === State.Sleep ? `sleeping (${startEv.text})` : `blocked: ${startEv.text}`;
  }
  const lines = [
    t1 > t0
      ? `${formatNs(t0)} → ${formatNs(t1)} (${formatNs(t1 - t0)})`
      : `at ${formatNs(t0)} (virtual time did not advance)`,
  ];
  const ongoing = seg + 1 >= lane.segX.n && lane.endX !== lane.endX;
  if (ongoing) lines[0] += model.finished ? ', until the end' : ', ongoing';
  if (lane.foreverEv >= 0 && endX > lane.foreverX && ongoing) {
    lines.push(clip(model.events[lane.foreverEv].text));
  }
  const w = where(startEv);
  if (w) lines.push(w);
  lines.push(laneTitle(lane));
  return { title, lines, reveal: revealOf(startEv) };
}

function describeEvent(model: Model, ev: number, lane: Lane): Description {
  const e = model.events[ev];
  const lines: string[] = [];
  let what = e.ev;
  switch (e.ev) {
    case 'go_create':
      what = 'go statement';
      lines.push(`starts g${e.id} ${e.id === 1 ? 'main' : (e.text ?? '')}`);
      break;
    case 'go_run':
      what = 'scheduled (runs)';
      break;
    case 'go_block':
      what = 'blocks';
      lines.push(`wait reason: ${e.text ?? e.reason}`);
      break;
    case 'go_unblock':
      what = 'wakes';
      lines.push(`makes g${e.id} runnable`);
      break;
    case 'go_end':
      what = 'returns';
      break;
    case 'chan_send':
      what = 'channel send';
      lines.push(`value #${e.msg} on chan ${e.chan}${e.len ? `, ${e.len} buffered after` : ''}`);
      break;
    case 'chan_recv':
      what = 'channel receive';
      lines.push(
        num(e.msg) < 0
          ? `chan ${e.chan} is closed: zero value, ok=false`
          : `value #${e.msg} from chan ${e.chan}`,
      );
      break;
    case 'chan_close':
      what = 'close';
      lines.push(`chan ${e.chan}`);
      break;
    case 'ctx_cancel':
      what = 'context cancelled';
      lines.push(`ctx ${e.ctx}: ${e.text ?? ''}`);
      if (e.from !== undefined && e.from !== e.ctx)
        lines.push(`because ctx ${e.from} was cancelled`);
      break;
    case 'go_leaked':
      what = 'leaked';
      lines.push(clip(e.text));
      break;
    case 'go_blocked_forever':
      what = 'blocked forever';
      lines.push(clip(e.text));
      break;
    case 'go_panic':
      what = 'panic';
      if (e.text) lines.push(clip(e.text));
      break;
    case 'finding':
      lines.push(clip(e.text));
      break;
    case 'output':
      lines.push(clip(JSON.stringify(e.text ?? '')));
      break;
    default:
      if (e.text) lines.push(clip(e.text));
      lines.push(fields(e));
  }
  const w = where(e);
  if (w) lines.push(w);
  lines.push(laneTitle(lane));
  return { title: `${formatNs(e.t)} · ${what}`, lines: lines.filter(Boolean), reveal: revealOf(e) };
}

const SKIP = new Set(['seq', 't', 'g', 'ev', 'text', 'file', 'line', 'col']);
function fields(e: TraceEvent): string {
  const parts: string[] = [];
  for (const k in e) if (!SKIP.has(k)) parts.push(`${k}=${e[k]}`);
  return parts.join(' ');
}

/** "line 18:8" for the user's file; the library position for others. */
function where(e: TraceEvent): string {
  if (!e.line) return '';
  if (isLibrary(e)) return `${e.file}:${e.line}`;
  return `line ${e.line}${e.col ? `:${e.col}` : ''}`;
}

// Library frames ($GOROOT/...) are not in the editor.
function isLibrary(e: TraceEvent): boolean {
  return typeof e.file === 'string' && e.file.startsWith('$');
}

export function revealOf(e: TraceEvent): { line: number; col: number } | null {
  if (!e.line || isLibrary(e)) return null;
  return { line: e.line, col: e.col || 1 };
}

function clip(s: string | undefined, max = 700): string {
  if (!s) return '';
  return s.length > max ? s.slice(0, max) + '…' : s;
}

function num(v: number | string | undefined): number {
  return typeof v === 'number' ? v : -1;
}
