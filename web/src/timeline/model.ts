// The timeline model: built incrementally from TraceEvent batches into per-lane columns
// (segments, events, markers), send→receive arrows, creation links and the display axis.
// It knows nothing about pixels or the DOM, so it is unit-tested in plain Node.
import type { TraceEvent } from '../engine/protocol';
import { State, blockState, isWaiting } from './colors';
import { F64Vec, I32Vec, U8Vec, lastLE } from './vec';

// ---- The display axis -------------------------------------------------------------------------
// Virtual time stands still while goroutines compute, so many events share one instant. Every
// event therefore advances the display position ("units") by STEP, and a virtual-time gap adds
// gapUnits(dt): about proportional for short gaps, logarithmic for long sleeps, capped.

export const STEP = 1;
const GAP_TAU_NS = 1e6; // gaps much shorter than 1 ms are ~linear, longer ones ~logarithmic
const GAP_SCALE = 12; // 1 ms ≈ 8 units, 100 ms ≈ 55, 1 s ≈ 83, 1 min ≈ 132
const GAP_CAP = 240;

export function gapUnits(dtNs: number): number {
  if (!(dtNs > 0)) return 0;
  return Math.min(GAP_CAP, GAP_SCALE * Math.log1p(dtNs / GAP_TAU_NS));
}

/** Inverse of gapUnits below the cap. */
export function gapNs(units: number): number {
  if (!(units > 0)) return 0;
  return GAP_TAU_NS * Math.expm1(units / GAP_SCALE);
}

/** Arrows spanning more display units than this are kept apart so culling stays cheap. */
export const LONG_ARROW_UNITS = 64;

/** Marker kinds: events drawn on top of a lane's segments (and preferred by hover). */
export const Mark = {
  Send: 0,
  Recv: 1,
  RecvClosed: 2, // a receive that saw the channel closed (msg -1): no arrow
  Close: 3,
  Create: 4, // the go statement, on the parent lane
  Cancel: 5,
  Panic: 6,
  Finding: 7,
  Forever: 8,
  Leaked: 9,
} as const;

/** A lane's `state` once its goroutine has returned. */
export const ENDED = -1;

/** One goroutine (or the runtime row). All x are display units; ev are indexes into events. */
export class Lane {
  name: string;
  /** "g12": the lane's label prefix. */
  readonly idText: string;
  /** Goroutine that ran the go statement (0: the runtime), -1 when unknown. */
  parentG = -1;
  createEv = -1;
  startX: number;
  /** x of go_end; NaN while the goroutine is alive (its last segment then ends at the head). */
  endX = NaN;
  /** Current state (a StateCode), or ENDED. */
  state: number = State.Runnable;
  // Segments: segment k covers [segX[k], segX[k+1]) (the last one up to endX or the head).
  // Invariant: segX is strictly increasing and consecutive segments differ in state.
  readonly segX = new F64Vec(8);
  readonly segState = new U8Vec(8);
  readonly segEv = new I32Vec(8);
  // Every event on this lane (for hover), x ascending.
  readonly evX = new F64Vec(8);
  readonly evIdx = new I32Vec(8);
  // Markers, x ascending.
  readonly markX = new F64Vec(4);
  readonly markKind = new U8Vec(4);
  readonly markEv = new I32Vec(4);
  /** go_leaked event, -1 if none. */
  leakEv = -1;
  /** First go_blocked_forever event and its x (NaN if none). */
  foreverEv = -1;
  foreverX = NaN;
  panicked = false;

  constructor(
    readonly index: number, // row in Model.lanes, -1 for the runtime row
    readonly g: number, // the goroutine; a processor lane has g = -1 - its P
    name: string,
    x: number,
  ) {
    this.name = name;
    this.idText = g >= 0 ? `g${g}` : `P${-1 - g}`;
    this.startX = x;
  }

  /** A lane of a virtual processor (GOMAXPROCS of them): running or idle. */
  get isProc(): boolean {
    return this.g < 0;
  }

  setState(s: number, x: number, ev: number): void {
    if (this.state === s || this.state === ENDED) return;
    this.state = s;
    const n = this.segX.n;
    if (n > 0 && this.segX.a[n - 1] === x) {
      // Two changes at one event: the later one wins; merge with an equal predecessor.
      if (n > 1 && this.segState.a[n - 2] === s) {
        this.segX.n--;
        this.segState.n--;
        this.segEv.n--;
      } else {
        this.segState.a[n - 1] = s;
        this.segEv.a[n - 1] = ev;
      }
      return;
    }
    this.segX.push(x);
    this.segState.push(s);
    this.segEv.push(ev);
  }

  addMark(kind: number, x: number, ev: number): void {
    this.markX.push(x);
    this.markKind.push(kind);
    this.markEv.push(ev);
  }
}

/** Arrows from a channel send to its receive, ordered by their right end (maxX ascending). */
export class Arrows {
  readonly from = new I32Vec(); // the send event
  readonly to = new I32Vec(); // the receive event
  readonly minX = new F64Vec();
  readonly maxX = new F64Vec();
}

export class Model {
  events: TraceEvent[] = [];
  /** Display x of each event. */
  readonly evX = new F64Vec(1024);
  /** Lane row of each event's goroutine (-1: the runtime row). */
  readonly evLane = new I32Vec(1024);
  /** x of the newest event (0 before any). */
  head = 0;
  lastT = 0;
  // Distinct virtual instants: time, x of the first and last event at that time.
  readonly tT = new F64Vec(256);
  readonly tX0 = new F64Vec(256);
  readonly tX1 = new F64Vec(256);

  lanes: Lane[] = [];
  readonly byG = new Map<number, Lane>();
  /** Processor lanes by P, and the P each running goroutine is on. */
  readonly procs: Lane[] = [];
  private onProc = new Map<number, Lane>();
  readonly runtime = new Lane(-1, 0, 'runtime', 0);

  /** Arrows shorter than LONG_ARROW_UNITS, and the rest. Both sorted by maxX. */
  readonly arrows = new Arrows();
  readonly longArrows = new Arrows();
  // Creation links, sorted by x: parent lane row (-1 runtime) → child lane row at x.
  readonly linkX = new F64Vec(64);
  readonly linkFrom = new I32Vec(64);
  readonly linkTo = new I32Vec(64);
  // Idle gaps (virtual ns) the pacer compressed.
  readonly gapFrom: number[] = [];
  readonly gapTo: number[] = [];

  finished = false;
  leaked = 0;
  blockedForever = 0;
  cancels = 0;
  /** Increases with every change; views redraw when it moved. */
  version = 0;

  private running: Lane | null = null;
  // Unpaired channel operations by (chan, msg) key → event index.
  private pendingSend = new Map<number, number>();
  private pendingRecv = new Map<number, number>();

  get arrowCount(): number {
    return this.arrows.from.n + this.longArrows.from.n;
  }

  add(events: readonly TraceEvent[]): void {
    for (let i = 0; i < events.length; i++) this.addOne(events[i]);
    this.version++;
  }

  finish(): void {
    this.finished = true;
    this.running = null;
    this.version++;
  }

  addGap(fromNs: number, toNs: number): void {
    this.gapFrom.push(fromNs);
    this.gapTo.push(toNs);
    this.version++;
  }

  /** The lane of goroutine g; one seen before (or without) its go_create opens where it appears. */
  lane(g: number, x: number, ev: number): Lane {
    if (g === 0) return this.runtime;
    return this.byG.get(g) ?? this.openLane(g, g === 1 ? 'main' : `g${g}`, x, ev);
  }

  /** The lane of processor p (opened idle when first seen). */
  private proc(p: number, x: number, ev: number): Lane {
    let lane = this.procs[p];
    if (lane) return lane;
    for (let q = this.procs.length; q <= p; q++) {
      lane = this.openLane(-1 - q, 'processor', x, ev);
      this.byG.delete(-1 - q);
      lane.setState(State.Idle, x, ev);
      this.procs.push(lane);
    }
    return lane!;
  }

  private leaveProc(g: number, x: number, ev: number): void {
    const p = this.onProc.get(g);
    if (!p) return;
    p.setState(State.Idle, x, ev);
    this.onProc.delete(g);
  }

  private openLane(g: number, name: string, x: number, ev: number): Lane {
    const lane = new Lane(this.lanes.length, g, name, x);
    lane.segX.push(x); // a new goroutine is runnable until it first runs
    lane.segState.push(State.Runnable);
    lane.segEv.push(ev);
    this.lanes.push(lane);
    this.byG.set(g, lane);
    return lane;
  }

  /** Where a lane's last segment ends. */
  laneEnd(lane: Lane): number {
    return lane.endX === lane.endX ? lane.endX : this.head;
  }

  private addOne(e: TraceEvent): void {
    const idx = this.events.length;
    const t = typeof e.t === 'number' ? e.t : this.lastT;
    let x = 0;
    if (idx > 0) x = this.head + STEP + gapUnits(t - this.lastT);
    this.events.push(e);
    this.evX.push(x);
    const n = this.tT.n;
    if (n === 0 || t > this.tT.a[n - 1]) {
      this.tT.push(t);
      this.tX0.push(x);
      this.tX1.push(x);
    } else {
      this.tX1.a[n - 1] = x;
    }
    this.head = x;
    if (t > this.lastT) this.lastT = t;

    const lane = this.lane(e.g, x, idx);
    this.evLane.push(lane.index);
    lane.evX.push(x);
    lane.evIdx.push(idx);

    switch (e.ev) {
      case 'go_create': {
        const id = num(e.id);
        if (id <= 0) break;
        let child = this.byG.get(id);
        if (!child) child = this.openLane(id, id === 1 ? 'main' : e.text || `g${id}`, x, idx);
        else if (id !== 1 && e.text) child.name = e.text;
        child.parentG = e.g;
        child.createEv = idx;
        if (lane !== this.runtime) lane.addMark(Mark.Create, x, idx);
        this.linkX.push(x);
        this.linkFrom.push(lane.index);
        this.linkTo.push(child.index);
        break;
      }
      case 'procs':
        for (let p = this.procs.length; p < num(e.n); p++) this.proc(p, x, idx);
        break;
      case 'go_run':
        if (lane === this.runtime) break;
        if (typeof e.p === 'number') {
          this.leaveProc(e.g, x, idx);
          const p = this.proc(e.p, x, idx);
          p.setState(State.Running, x, idx);
          this.onProc.set(e.g, p);
        } else if (this.running && this.running !== lane && this.running.state === State.Running) {
          // A trace without processors: one goroutine runs at a time, so whoever ran and did
          // not block was preempted.
          this.running.setState(State.Runnable, x, idx);
        }
        lane.setState(State.Running, x, idx);
        this.running = lane;
        break;
      case 'go_stop':
        lane.setState(State.Runnable, x, idx);
        this.leaveProc(e.g, x, idx);
        break;
      case 'go_block':
        lane.setState(blockState(e.text, num(e.reason)), x, idx);
        this.leaveProc(e.g, x, idx);
        if (this.running === lane) this.running = null;
        break;
      case 'go_unblock': {
        const woken = this.byG.get(num(e.id));
        if (woken && isWaiting(woken.state)) woken.setState(State.Runnable, x, idx);
        break;
      }
      case 'go_end':
        if (lane === this.runtime) break;
        this.leaveProc(e.g, x, idx);
        lane.endX = x;
        lane.state = ENDED;
        if (this.running === lane) this.running = null;
        break;
      case 'go_panic':
        lane.panicked = true;
        lane.addMark(Mark.Panic, x, idx);
        break;
      case 'go_leaked':
        if (lane.leakEv < 0 && lane !== this.runtime) {
          lane.leakEv = idx;
          this.leaked++;
        }
        lane.addMark(Mark.Leaked, x, idx);
        break;
      case 'go_blocked_forever':
        if (lane.foreverEv < 0 && lane !== this.runtime) {
          lane.foreverEv = idx;
          lane.foreverX = x;
          this.blockedForever++;
        }
        lane.addMark(Mark.Forever, x, idx);
        break;
      case 'chan_send': {
        lane.addMark(Mark.Send, x, idx);
        const recv = pair(chanKey(e), idx, this.pendingRecv, this.pendingSend);
        if (recv >= 0) this.addArrow(idx, recv);
        break;
      }
      case 'chan_recv': {
        if (num(e.msg) < 0) {
          lane.addMark(Mark.RecvClosed, x, idx);
          break;
        }
        lane.addMark(Mark.Recv, x, idx);
        const send = pair(chanKey(e), idx, this.pendingSend, this.pendingRecv);
        if (send >= 0) this.addArrow(send, idx);
        break;
      }
      case 'chan_close':
        lane.addMark(Mark.Close, x, idx);
        break;
      case 'ctx_cancel':
        this.cancels++;
        lane.addMark(Mark.Cancel, x, idx);
        break;
      case 'finding':
        lane.addMark(Mark.Finding, x, idx);
        break;
    }
  }

  private addArrow(send: number, recv: number): void {
    const xs = this.evX.a[send];
    const xr = this.evX.a[recv];
    const minX = Math.min(xs, xr);
    const maxX = Math.max(xs, xr); // = the x of the event being added: appends stay sorted
    const list = maxX - minX > LONG_ARROW_UNITS ? this.longArrows : this.arrows;
    list.from.push(send);
    list.to.push(recv);
    list.minX.push(minX);
    list.maxX.push(maxX);
  }

  // ---- Virtual time ↔ display units -----------------------------------------------------------

  /** Display x of virtual time t: an instant maps to its first event; gaps interpolate. */
  timeToX(t: number): number {
    const n = this.tT.n;
    if (n === 0) return 0;
    const T = this.tT.a;
    const i = lastLE(T, n, t);
    if (i < 0) return this.tX0.a[0];
    if (T[i] === t) return this.tX0.a[i];
    const a = this.tX1.a[i];
    if (i === n - 1) return a + STEP + gapUnits(t - T[i]);
    const full = gapUnits(T[i + 1] - T[i]);
    const span = this.tX0.a[i + 1] - a;
    return a + (full > 0 ? (span * gapUnits(t - T[i])) / full : 0);
  }

  /** Virtual time at display x (the inverse of timeToX; inside an instant, that instant). */
  xToTime(x: number): number {
    const n = this.tT.n;
    if (n === 0) return 0;
    const T = this.tT.a;
    const i = lastLE(this.tX0.a, n, x);
    if (i < 0) return T[0];
    const a = this.tX1.a[i];
    if (x <= a) return T[i];
    if (i === n - 1) return T[i] + gapNs(x - a - STEP);
    const full = gapUnits(T[i + 1] - T[i]);
    const span = this.tX0.a[i + 1] - a;
    const dt = gapNs(((x - a) / span) * full);
    return Math.min(T[i + 1], T[i] + dt);
  }

  /** Index of the distinct instant at or before display x (-1 before the first). */
  instantAt(x: number): number {
    return lastLE(this.tX0.a, this.tT.n, x);
  }
}

function num(v: number | string | undefined): number {
  return typeof v === 'number' ? v : -1;
}

// A number key for (chan, msg): exact while chan < 2^21 and msg < 2^32.
function chanKey(e: TraceEvent): number {
  return num(e.chan) * 4294967296 + num(e.msg);
}

// Pairs channel operation ev with the opposite one waiting under key (taking it out of
// `waiting`) and returns that one's event; with none waiting, ev waits in `mine` and it is -1.
function pair(
  key: number,
  ev: number,
  waiting: Map<number, number>,
  mine: Map<number, number>,
): number {
  const other = waiting.get(key);
  if (other === undefined) {
    mine.set(key, ev);
    return -1;
  }
  waiting.delete(key);
  return other;
}
