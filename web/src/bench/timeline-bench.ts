// Timeline benchmark (bench-timeline.html): feeds a synthetic but realistic trace of 1,000
// goroutines and 100,000 events to a Timeline in live-sized batches, then scripts ~3 s of zooming,
// panning and scrolling through real input events and reports frame rates in window.benchResult.
// Query parameters: ?goroutines=1000&events=100000&seconds=3&seed=1
import type { TraceEvent } from '../engine/protocol';
import { Timeline } from '../timeline';

export interface BenchResult {
  fps: number;
  frames: number;
  p95FrameMs: number;
  lanes: number;
  events: number;
  drawMsAvg: number;
  drawMsP95: number;
  ingestMs: number;
  arrows: number;
  leaked: number;
  blockedForever: number;
  cancels: number;
}

declare global {
  interface Window {
    benchResult?: BenchResult;
  }
}

const BATCH = 2000; // events per live batch (one per frame)

// ---- Synthetic trace ------------------------------------------------------------------------------

/** Small deterministic PRNG (mulberry32), so every run measures the same trace. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Gor {
  id: number;
  fn: string;
  line: number;
  budget: number; // operations left before it returns (Infinity: never)
  chans: number[]; // the channels this goroutine works with
  state: 'runnable' | 'running' | 'blocked' | 'ended';
  sendMsg: number; // the value a blocked sender is sending
  forever: boolean;
  waitReason: string;
}

interface Chan {
  id: number;
  cap: number;
  buf: number[];
  recvQ: Gor[];
  sendQ: Gor[];
  nextMsg: number;
}

/**
 * A tiny scheduler simulation: main spawns workers in waves between sleeps; workers send and
 * receive on a few channels each (unbuffered and buffered), sleep, take locks, cancel
 * contexts; a producer on a timer keeps things live; a few goroutines wait on channels nobody
 * sends to (blocked forever), and whatever is alive when main returns is leaked.
 */
export function syntheticTrace(goroutines: number, target: number, seed: number): TraceEvent[] {
  const rand = rng(seed);
  const ev: TraceEvent[] = [];
  let t = 0;
  const emit = (g: number, kind: string, extra?: Partial<TraceEvent>): void => {
    ev.push({ seq: ev.length + 1, t, g, ev: kind, ...extra } as TraceEvent);
  };
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)];
  const fns = [
    ['main.worker', 14],
    ['main.fetch', 31],
    ['main.(*Pool).run', 52],
    ['main.pipeline.func1', 77],
    ['main.producer', 95],
    ['main.consumer', 118],
    ['main.handle', 140],
    ['main.merge.func2', 166],
  ] as const;

  const chans: Chan[] = [];
  for (let i = 1; i <= 80; i++) {
    chans.push({ id: i, cap: i % 4 === 0 ? 4 : 0, buf: [], recvQ: [], sendQ: [], nextMsg: 0 });
  }
  const orphan: Chan = { id: 999, cap: 0, buf: [], recvQ: [], sendQ: [], nextMsg: 0 };

  const gs: Gor[] = [];
  const runQ: Gor[] = [];
  const timers: { when: number; g: Gor }[] = [];
  const mutexWaiters: Gor[] = [];
  let spawned = 0;
  let alive = 0;
  let ctxId = 1;
  let producerNapped = false;

  const newG = (fn: string, line: number, budget: number): Gor => {
    const g: Gor = {
      id: gs.length + 1,
      fn,
      line,
      budget,
      chans: [],
      state: 'runnable',
      sendMsg: -1,
      forever: false,
      waitReason: '',
    };
    const group = Math.floor(rand() * 20) * 4; // neighbouring channels: arrows stay local-ish
    for (let k = 0; k < 3; k++)
      g.chans.push(chans[(group + Math.floor(rand() * 6)) % chans.length].id);
    gs.push(g);
    alive++;
    return g;
  };
  const wake = (by: number, g: Gor): void => {
    emit(by, 'go_unblock', { id: g.id });
    g.state = 'runnable';
    runQ.push(g);
  };
  const block = (g: Gor, reason: number, text: string, object: number, line: number): void => {
    emit(g.id, 'go_block', { reason, object, text, line, col: 3 });
    g.state = 'blocked';
    g.waitReason = text;
  };
  const sleep = (g: Gor, d: number): void => {
    emit(g.id, 'timer_set', { timer: timers.length + 1, when: t + d, line: g.line + 4, col: 3 });
    block(g, 12, 'sleep', 0, g.line + 4);
    timers.push({ when: t + d, g });
  };
  // A matched send/receive pair: an unbuffered handoff may be emitted in either order.
  const pair = (sender: Gor, receiver: Gor, c: Chan, msg: number, len: number): void => {
    const s = () =>
      emit(sender.id, 'chan_send', { chan: c.id, msg, len, line: sender.line + 2, col: 4 });
    const r = () =>
      emit(receiver.id, 'chan_recv', { chan: c.id, msg, len, line: receiver.line + 3, col: 9 });
    if (rand() < 0.5) {
      s();
      r();
    } else {
      r();
      s();
    }
  };
  const chan = (id: number): Chan => chans[id - 1];

  // main and the producer that keeps the program live.
  emit(0, 'go_create', { id: 1, text: 'runtime.main', line: 1, col: 1 });
  const main = newG('main', 1, Infinity);
  main.state = 'running';
  emit(1, 'go_run');
  for (const c of chans)
    emit(1, 'chan_make', { chan: c.id, cap: c.cap, text: 'int', line: 9, col: 8 });
  emit(1, 'ctx_create', { ctx: 1, parent: 0, text: 'background', line: 11, col: 9 });
  const producer = newG('main.producer', 95, Infinity);
  emit(1, 'go_create', { id: producer.id, text: producer.fn, line: 20, col: 2 });
  runQ.push(main, producer);
  spawned = 2;

  const leakReserve = () => alive * 2 + 16;
  let running: Gor | null = main;

  const step = (g: Gor): void => {
    if (g === main) {
      const wave = 1 + Math.floor(rand() * 9);
      for (let i = 0; i < wave && spawned < goroutines; i++) {
        const [fn, line] = pick(fns);
        // Most workers do a bounded amount of work; a few loop forever (they leak at exit).
        const child = newG(fn, line, rand() < 0.02 ? Infinity : 4 + Math.floor(rand() * 40));
        emit(1, 'go_create', { id: child.id, text: fn, line: 24, col: 3 });
        emit(1, 'wg_add', { wg: 1, delta: 1, count: spawned, line: 23, col: 3 });
        runQ.push(child);
        spawned++;
      }
      if (rand() < 0.08) {
        const c = ctxId++;
        emit(1, 'ctx_create', {
          ctx: c + 1,
          parent: 1,
          done: 0,
          text: 'cancel',
          line: 27,
          col: 15,
        });
      }
      if (spawned < goroutines) sleep(g, Math.floor(2e5 + rand() * 4e6));
      else block(g, 10, 'sync.WaitGroup.Wait', 1, 30); // until the end
      return;
    }
    if (g === producer) {
      // Feed waiting receivers and drain waiting senders, then nap.
      for (const c of chans) {
        if (c.recvQ.length && rand() < 0.5) {
          const r = c.recvQ.shift()!;
          pair(g, r, c, c.nextMsg++, 0);
          wake(g.id, r);
        } else if (c.sendQ.length && rand() < 0.3) {
          const s = c.sendQ.shift()!;
          pair(s, g, c, s.sendMsg, 0);
          wake(g.id, s);
        }
      }
      // Once, half-way, the producer backs off for 3 s: an idle gap the pacer would compress.
      const nap = !producerNapped && ev.length > target / 2;
      if (nap) producerNapped = true;
      sleep(g, nap ? 3e9 : Math.floor(5e5 + rand() * 3e6));
      return;
    }
    const ops = 1 + Math.floor(rand() * 3);
    for (let op = 0; op < ops; op++) {
      if (g.budget-- <= 0) {
        emit(g.id, 'wg_add', { wg: 1, delta: -1, count: 0, line: g.line + 1, col: 8 });
        emit(g.id, 'go_end');
        g.state = 'ended';
        alive--;
        return;
      }
      const r = rand();
      const c = chan(pick(g.chans));
      if (r < 0.3) {
        // send
        const msg = c.nextMsg++;
        if (c.recvQ.length) {
          const rcv = c.recvQ.shift()!;
          pair(g, rcv, c, msg, 0);
          wake(g.id, rcv);
        } else if (c.buf.length < c.cap) {
          c.buf.push(msg);
          emit(g.id, 'chan_send', { chan: c.id, msg, len: c.buf.length, line: g.line + 2, col: 4 });
        } else {
          g.sendMsg = msg;
          c.sendQ.push(g);
          block(g, 1, 'chan send', c.id, g.line + 2);
          return;
        }
      } else if (r < 0.6) {
        // receive (sometimes in a select, sometimes on a channel nobody will ever send on)
        if (rand() < 0.004 && g.budget !== Infinity) {
          block(g, 2, 'chan receive', orphan.id, g.line + 3);
          g.forever = true;
          orphan.recvQ.push(g);
          emit(g.id, 'go_blocked_forever', {
            reason: 2,
            object: orphan.id,
            text: `goroutine ${g.id} is blocked at prog.go:${g.line + 3} receiving from a channel (made at prog.go:12) that no goroutine which can still run can send on or close`,
            line: g.line + 3,
            col: 9,
          });
          emit(g.id, 'finding', {
            text: `blocked forever: goroutine ${g.id}`,
            line: g.line + 3,
            col: 9,
          });
          return;
        }
        if (c.buf.length) {
          const msg = c.buf.shift()!;
          emit(g.id, 'chan_recv', { chan: c.id, msg, len: c.buf.length, line: g.line + 3, col: 9 });
          if (c.sendQ.length) {
            const s = c.sendQ.shift()!;
            c.buf.push(s.sendMsg);
            emit(s.id, 'chan_send', {
              chan: c.id,
              msg: s.sendMsg,
              len: c.buf.length,
              line: s.line + 2,
              col: 4,
            });
            wake(g.id, s);
          }
        } else if (c.sendQ.length) {
          const s = c.sendQ.shift()!;
          pair(s, g, c, s.sendMsg, 0);
          wake(g.id, s);
        } else {
          c.recvQ.push(g);
          if (rand() < 0.2) block(g, 5, 'select', c.id, g.line + 3);
          else block(g, 2, 'chan receive', c.id, g.line + 3);
          return;
        }
      } else if (r < 0.8) {
        // Mostly short sleeps; now and then a long one.
        const d =
          rand() < 0.01 ? 3e9 : Math.floor(Math.exp(Math.log(2e3) + rand() * Math.log(4e4)));
        sleep(g, d);
        return;
      } else if (r < 0.93) {
        emit(g.id, 'lock_acquire', { lock: 1, mode: 0, line: g.line + 6, col: 5 });
        if (mutexWaiters.length === 0 && rand() < 0.25) {
          // Contended: the next goroutine to run releases it and wakes this one.
          block(g, 7, 'sync.Mutex.Lock', 1, g.line + 6);
          mutexWaiters.push(g);
          return;
        }
        emit(g.id, 'lock_release', { lock: 1, mode: 0, line: g.line + 7, col: 5 });
      } else if (r < 0.94) {
        const byTimer = rand() < 0.3;
        emit(byTimer ? 0 : g.id, 'ctx_cancel', {
          ctx: 2 + Math.floor(rand() * ctxId),
          from: 1 + Math.floor(rand() * ctxId),
          text: byTimer ? 'context deadline exceeded' : 'context canceled',
          line: byTimer ? undefined : g.line + 9,
          col: byTimer ? undefined : 3,
        });
      } else {
        emit(g.id, 'output', { fd: 1, text: `result ${g.id}\n`, line: g.line + 10, col: 2 });
      }
    }
    // Still running: preempted at its next function call; it stays runnable.
    g.state = 'runnable';
    runQ.push(g);
  };

  while (ev.length < target - leakReserve()) {
    const g = runQ.shift();
    if (g) {
      if (g.state === 'ended') continue;
      if (running !== g) emit(g.id, 'go_run');
      running = g;
      g.state = 'running';
      if (mutexWaiters.length && g !== mutexWaiters[0]) {
        emit(g.id, 'lock_release', { lock: 1, mode: 0, line: g.line + 7, col: 5 });
        wake(g.id, mutexWaiters.shift()!);
      }
      step(g);
      continue;
    }
    // Everyone waits: virtual time jumps to the earliest timer.
    running = null;
    let k = 0;
    for (let i = 1; i < timers.length; i++) if (timers[i].when < timers[k].when) k = i;
    const tm = timers.splice(k, 1)[0];
    if (!tm) break;
    t = Math.max(t, tm.when);
    emit(0, 'clock', { now: t });
    emit(0, 'timer_fire', { timer: k + 1 });
    wake(0, tm.g);
  }

  // main returns; everything still alive leaked.
  if (running !== main) emit(0, 'go_unblock', { id: 1 });
  emit(1, 'go_run');
  while (ev.length < target - (alive - 1) * 2 - 1) {
    emit(1, 'output', { fd: 1, text: 'done\n', line: 33, col: 2 });
  }
  emit(1, 'go_end');
  main.state = 'ended';
  alive--;
  for (const g of gs) {
    if (g.state === 'ended') continue;
    const why = g.state === 'blocked' ? g.waitReason : 'runnable';
    const text = `leaked goroutine ${g.id} [${why}] with ${g.fn} on top of the stack:\n${g.fn}(...)\n\tprog.go:${g.line}\ncreated by main.main in goroutine 1\n\tprog.go:24`;
    emit(g.id, 'go_leaked', { reason: 2, object: 0, text, line: g.line + 3, col: 9 });
    emit(g.id, 'finding', { text, line: g.line + 3, col: 9 });
  }
  return ev;
}

// ---- The benchmark --------------------------------------------------------------------------------

function frame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const round = (v: number, d = 1) => Number(v.toFixed(d));

async function run(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const GOROUTINES = Number(params.get('goroutines') ?? 1000);
  const EVENTS = Number(params.get('events') ?? 100000);
  const SECONDS = Number(params.get('seconds') ?? 3);
  const SEED = Number(params.get('seed') ?? 1);
  const status = document.getElementById('status')!;
  const host = document.getElementById('host')!;
  status.textContent = `generating ${EVENTS} events on ${GOROUTINES} goroutines…`;
  await frame();
  const trace = syntheticTrace(GOROUTINES, EVENTS, SEED);
  const timeline = new Timeline(host, {
    onReveal: (line, col) => (status.textContent = `reveal ${line}:${col}`),
  });
  (window as unknown as { timeline: Timeline }).timeline = timeline;

  // Live feed: one batch per frame, as the engine worker would post them.
  status.textContent = 'feeding…';
  let ingestMs = 0;
  for (let i = 0; i < trace.length; i += BATCH) {
    const batch = trace.slice(i, i + BATCH);
    const t0 = performance.now();
    timeline.addEvents(batch);
    ingestMs += performance.now() - t0;
    // Like the engine's pacer: report idle gaps longer than 2 s of virtual time.
    for (let k = Math.max(1, i); k < i + batch.length; k++) {
      if (trace[k].t - trace[k - 1].t > 2e9) timeline.markIdleGap(trace[k - 1].t, trace[k].t);
    }
    await frame();
  }
  timeline.finish();
  await frame();

  // Scripted interaction through real input events on the canvas.
  const canvas = host.querySelector<HTMLCanvasElement>('.gs-tl-body > canvas')!;
  const rect = canvas.getBoundingClientRect();
  const at = (fx: number, fy: number) => ({
    clientX: rect.left + rect.width * fx,
    clientY: rect.top + rect.height * fy,
    bubbles: true,
    cancelable: true,
  });
  const wheel = (fx: number, fy: number, init: WheelEventInit) =>
    canvas.dispatchEvent(new WheelEvent('wheel', { ...at(fx, fy), ...init }));
  const pointer = (type: string, fx: number, fy: number) =>
    canvas.dispatchEvent(
      new PointerEvent(type, { ...at(fx, fy), pointerId: 7, pointerType: 'mouse', buttons: 1 }),
    );
  canvas.dispatchEvent(new KeyboardEvent('keydown', { key: '0', bubbles: true })); // fit all
  await frame();
  await frame();

  status.textContent = 'measuring…';
  const frameMs: number[] = [];
  const drawMs: number[] = [];
  const total = SECONDS * 1000;
  const start = performance.now();
  let last = start;
  let dragging = false;
  for (;;) {
    const now = await frame();
    const elapsed = now - start;
    if (frameMs.length > 0 || now > last) frameMs.push(now - last);
    drawMs.push(timeline.lastDrawMs);
    last = now;
    if (elapsed >= total) break;
    const phase = elapsed / total;
    const wobble = 0.5 + 0.3 * Math.sin(elapsed / 300);
    if (phase < 0.35) {
      // Zoom in from the whole run towards a moving point.
      wheel(0.3 + 0.4 * phase, wobble, { deltaY: -55 });
    } else if (phase < 0.65) {
      // Drag-pan across time and lanes, then scroll lanes.
      const p = (phase - 0.35) / 0.3;
      if (!dragging) {
        pointer('pointerdown', 0.8, 0.5);
        dragging = true;
      }
      pointer('pointermove', 0.8 - 0.6 * p, 0.5 - 0.25 * Math.sin(p * Math.PI));
      wheel(0.5, 0.5, { deltaY: 40, shiftKey: true });
    } else {
      if (dragging) {
        pointer('pointerup', 0.2, 0.5);
        dragging = false;
      }
      // Zoom back out while hovering (the tooltip and hover outline update too).
      wheel(0.6, wobble, { deltaY: 70 });
      canvas.dispatchEvent(
        new PointerEvent('pointermove', {
          ...at(0.55, wobble),
          pointerId: 8,
          pointerType: 'mouse',
        }),
      );
    }
  }
  const elapsed = performance.now() - start;
  const s = timeline.stats();
  const result: BenchResult = {
    fps: round((frameMs.length / elapsed) * 1000),
    frames: frameMs.length,
    p95FrameMs: round(percentile(frameMs, 95)),
    lanes: s.lanes,
    events: s.events,
    drawMsAvg: round(drawMs.reduce((a, b) => a + b, 0) / Math.max(1, drawMs.length), 2),
    drawMsP95: round(percentile(drawMs, 95), 2),
    ingestMs: round(ingestMs),
    arrows: s.arrows,
    leaked: s.leaked,
    blockedForever: s.blockedForever,
    cancels: s.cancels,
  };
  window.benchResult = result;
  status.textContent =
    `${result.fps} fps · ${result.frames} frames · p95 frame ${result.p95FrameMs} ms · ` +
    `draw avg ${result.drawMsAvg} ms, p95 ${result.drawMsP95} ms · ${s.lanes} lanes · ` +
    `${s.events} events · ${s.arrows} arrows · ${s.leaked} leaked · ` +
    `${s.blockedForever} blocked forever · ${s.cancels} cancels · ingest ${result.ingestMs} ms`;
}

// Only on the benchmark page (<body data-bench>): tests import this module for syntheticTrace.
if (typeof document !== 'undefined' && document.body?.dataset.bench !== undefined) {
  run().catch((err) => {
    document.getElementById('status')!.textContent = `benchmark failed: ${err}`;
    console.error(err);
  });
}
