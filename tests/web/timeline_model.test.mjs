// Unit tests of the timeline model (web/src/timeline/model.ts), its time axis and tick placement
// (layout.ts), without a browser (the TypeScript is bundled on the fly: ts_modules.mjs).
// Run from the repository root:  node --test tests/web/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts_modules.mjs';

let cleanup;
let M; // model.ts
let L; // layout.ts
let C; // colors.ts
let B; // bench/timeline-bench.ts (the synthetic trace)

before(async () => {
  const t = await importTs({
    model: 'timeline/model.ts',
    layout: 'timeline/layout.ts',
    colors: 'timeline/colors.ts',
    bench: 'bench/timeline-bench.ts',
  });
  ({ model: M, layout: L, colors: C, bench: B } = t.modules);
  cleanup = t.cleanup;
});

after(() => cleanup?.());

/** Events from compact rows [t, g, ev, fields?]; seq is numbered. */
function trace(rows) {
  return rows.map(([t, g, ev, fields], i) => ({ seq: i + 1, t, g, ev, ...fields }));
}

function segs(lane) {
  const out = [];
  for (let k = 0; k < lane.segX.n; k++) out.push([lane.segState.a[k], lane.segEv.a[k]]);
  return out;
}

function marks(lane) {
  const out = [];
  for (let k = 0; k < lane.markX.n; k++) out.push([lane.markKind.a[k], lane.markEv.a[k]]);
  return out;
}

function arrows(model) {
  const out = [];
  for (const list of [model.arrows, model.longArrows]) {
    for (let k = 0; k < list.from.n; k++) out.push([list.from.a[k], list.to.a[k]]);
  }
  return out.sort((a, b) => a[1] - b[1]);
}

const MS = 1e6;

test('processor lanes: one per P, running while a goroutine is on it, overlapping', () => {
  const { State } = C;
  const m = new M.Model();
  const ev = trace([
    [0, 0, 'procs', { n: 2 }], // 0: P0 and P1 open idle, above the goroutines
    [0, 0, 'go_create', { id: 1, text: 'runtime.main' }], // 1
    [1, 1, 'go_run', { p: 0 }], // 2
    [2, 1, 'go_create', { id: 2, text: 'main.main.func1' }], // 3
    [3, 2, 'go_run', { p: 1 }], // 4: both run at once
    [4, 1, 'go_stop', { p: 0 }], // 5: main preempted, still runnable
    [5, 2, 'go_block', { reason: 1, text: 'chan send' }], // 6
    [6, 1, 'go_run', { p: 1 }], // 7: main again, on the other P
    [7, 1, 'go_end'], // 8
  ]);
  m.add(ev);
  assert.deepEqual(
    m.lanes.map((l) => l.idText),
    ['P0', 'P1', 'g1', 'g2'],
  );
  const [p0, p1, g1, g2] = m.lanes;
  assert.ok(p0.isProc && p1.isProc && !g1.isProc);
  assert.deepEqual(segs(p0), [
    [State.Idle, 0],
    [State.Running, 2],
    [State.Idle, 5],
  ]);
  assert.deepEqual(segs(p1), [
    [State.Idle, 0],
    [State.Running, 4],
    [State.Idle, 6],
    [State.Running, 7],
    [State.Idle, 8],
  ]);
  // Two goroutines running at once: no one is marked preempted by the other's go_run.
  assert.deepEqual(segs(g1), [
    [State.Runnable, 1],
    [State.Running, 2],
    [State.Runnable, 5],
    [State.Running, 7],
  ]);
  assert.deepEqual(segs(g2), [
    [State.Runnable, 3],
    [State.Running, 4],
    [State.Chan, 6],
  ]);
});

test('lanes, names and states from a small trace', () => {
  const { State } = C;
  const m = new M.Model();
  const ev = trace([
    [0, 0, 'go_create', { id: 1, text: 'runtime.main', line: 1, col: 1 }], // 0
    [0, 1, 'go_run'], // 1
    [0, 1, 'chan_make', { chan: 1, cap: 0, text: 'int' }], // 2
    [0, 1, 'go_create', { id: 2, text: 'main.worker', line: 10, col: 2 }], // 3
    [0, 1, 'go_create', { id: 3, text: 'main.sleeper', line: 11, col: 2 }], // 4
    [0, 1, 'go_block', { reason: 2, object: 1, text: 'chan receive', line: 12, col: 7 }], // 5
    [0, 2, 'go_run'], // 6
    [0, 2, 'chan_send', { chan: 1, msg: 0, len: 0 }], // 7
    [0, 1, 'chan_recv', { chan: 1, msg: 0, len: 0 }], // 8
    [0, 2, 'go_unblock', { id: 1 }], // 9
    [0, 3, 'go_run'], // 10: g2 did not block, so it was preempted: runnable
    [0, 3, 'go_block', { reason: 12, object: 0, text: 'sleep' }], // 11
    [0, 1, 'go_run'], // 12
    [0, 1, 'lock_acquire', { lock: 1, mode: 0 }], // 13
    [0, 1, 'go_block', { reason: 7, object: 1, text: 'sync.Mutex.Lock' }], // 14
    [0, 2, 'go_run'], // 15
    [0, 2, 'go_block', { reason: 5, object: 1, text: 'select' }], // 16
    [5 * MS, 0, 'go_unblock', { id: 3 }], // 17
    [5 * MS, 3, 'go_run'], // 18
    [5 * MS, 3, 'go_block', { reason: 14, object: 0, text: 'IO wait' }], // 19
    [5 * MS, 3, 'go_unblock', { id: 1 }], // 20 (unusual but legal: a woken lane turns runnable)
    [5 * MS, 1, 'go_run'], // 21
    [5 * MS, 1, 'go_end'], // 22
  ]);
  // Fed in three batches: the model is incremental.
  m.add(ev.slice(0, 7));
  m.add(ev.slice(7, 15));
  m.add(ev.slice(15));
  assert.equal(m.lanes.length, 3);
  assert.deepEqual(
    m.lanes.map((l) => [l.g, l.name, l.index]),
    [
      [1, 'main', 0],
      [2, 'main.worker', 1],
      [3, 'main.sleeper', 2],
    ],
  );
  const [g1, g2, g3] = m.lanes;
  assert.deepEqual(segs(g1), [
    [State.Runnable, 0],
    [State.Running, 1],
    [State.Chan, 5],
    [State.Runnable, 9],
    [State.Running, 12],
    [State.Sync, 14],
    [State.Runnable, 20],
    [State.Running, 21],
  ]);
  assert.deepEqual(segs(g2), [
    [State.Runnable, 3],
    [State.Running, 6],
    [State.Runnable, 10],
    [State.Running, 15],
    [State.Select, 16],
  ]);
  assert.deepEqual(segs(g3), [
    [State.Runnable, 4],
    [State.Running, 10],
    [State.Sleep, 11],
    [State.Runnable, 17],
    [State.Running, 18],
    [State.IO, 19],
  ]);
  // main returned: its lane ends at go_end; the others stay open to the head.
  assert.equal(g1.state, M.ENDED);
  assert.equal(g1.endX, m.evX.a[22]);
  assert.equal(m.laneEnd(g2), m.head);
  // Creation links: runtime → main, main → g2, main → g3, at the go statements.
  assert.deepEqual(Array.from(m.linkFrom.a.slice(0, m.linkFrom.n)), [-1, 0, 0]);
  assert.deepEqual(Array.from(m.linkTo.a.slice(0, m.linkTo.n)), [0, 1, 2]);
  assert.deepEqual(
    Array.from(m.linkX.a.slice(0, m.linkX.n)),
    [0, 3, 4].map((i) => m.evX.a[i]),
  );
  assert.equal(g2.createEv, 3);
  assert.equal(g2.parentG, 1);
  // Every event is on its goroutine's lane (g 0 on the runtime row).
  assert.equal(g1.evIdx.n + g2.evIdx.n + g3.evIdx.n + m.runtime.evIdx.n, ev.length);
  assert.equal(m.evLane.a[17], -1);
});

test('the display axis: one step per event, log-scaled space for virtual-time gaps', () => {
  const m = new M.Model();
  m.add(
    trace([
      [0, 1, 'go_run'],
      [0, 1, 'output', { fd: 1, text: 'a' }],
      [0, 1, 'output', { fd: 1, text: 'b' }],
      [1 * MS, 1, 'output', { fd: 1, text: 'c' }],
      [1001 * MS, 1, 'output', { fd: 1, text: 'd' }],
      [1001 * MS, 1, 'go_end'],
    ]),
  );
  const x = Array.from(m.evX.a.slice(0, 6));
  assert.deepEqual(x.slice(0, 3), [0, M.STEP, 2 * M.STEP]);
  assert.ok(Math.abs(x[3] - x[2] - (M.STEP + M.gapUnits(MS))) < 1e-9);
  // Proportional for short gaps, logarithmic (but still growing) for long ones, capped.
  assert.ok(M.gapUnits(2e3) / M.gapUnits(1e3) > 1.99);
  assert.ok(M.gapUnits(1000 * MS) > M.gapUnits(100 * MS));
  assert.ok(M.gapUnits(1000 * MS) < 3 * M.gapUnits(10 * MS));
  assert.ok(M.gapUnits(1e18) <= 240);
  assert.equal(M.gapUnits(0), 0);
  // Three distinct instants; time ↔ x round-trips through a gap.
  assert.equal(m.tT.n, 3);
  assert.equal(m.timeToX(0), 0);
  assert.equal(m.timeToX(MS), x[3]);
  assert.equal(m.xToTime(x[1]), 0);
  const mid = m.timeToX(300 * MS);
  assert.ok(mid > x[3] && mid < x[4]);
  assert.ok(Math.abs(m.xToTime(mid) - 300 * MS) < 1);
});

test('send/recv pairing in both orders, by (chan, msg); closed receives get no arrow', () => {
  const m = new M.Model();
  m.add(
    trace([
      [0, 1, 'go_run'], // 0
      [0, 1, 'chan_send', { chan: 1, msg: 0 }], // 1: send first
      [0, 2, 'chan_recv', { chan: 1, msg: 0 }], // 2
      [0, 2, 'chan_recv', { chan: 1, msg: 1 }], // 3: receive first (handoff to a waiting receiver)
      [0, 1, 'chan_send', { chan: 1, msg: 1 }], // 4
      [0, 1, 'chan_send', { chan: 2, msg: 0 }], // 5: buffered, received much later
      [0, 1, 'chan_send', { chan: 1, msg: 2 }], // 6
      [0, 3, 'chan_recv', { chan: 1, msg: 2 }], // 7
    ]),
  );
  // Later batch: the rest of the pairs, including one spanning batches.
  m.add(
    trace([
      [0, 3, 'chan_recv', { chan: 3, msg: 0 }], // 8: never sent (a timer's channel): no arrow
      [2e9, 2, 'chan_recv', { chan: 2, msg: 0 }], // 9: the long-buffered value
      [2e9, 2, 'chan_close', { chan: 1 }], // 10
      [2e9, 3, 'chan_recv', { chan: 1, msg: -1 }], // 11: closed
    ]),
  );
  assert.deepEqual(arrows(m), [
    [1, 2],
    [4, 3],
    [6, 7],
    [5, 9],
  ]);
  assert.equal(m.arrowCount, 4);
  // The buffered value spans a 2 s gap: it is kept with the long arrows.
  assert.equal(m.longArrows.from.n, 1);
  // Each list is sorted by its right end, so drawing can binary-search it.
  for (const list of [m.arrows, m.longArrows]) {
    for (let k = 1; k < list.maxX.n; k++) assert.ok(list.maxX.a[k] >= list.maxX.a[k - 1]);
  }
  const g3 = m.byG.get(3);
  assert.deepEqual(marks(g3), [
    [M.Mark.Recv, 7],
    [M.Mark.Recv, 8],
    [M.Mark.RecvClosed, 11],
  ]);
  assert.deepEqual(marks(m.byG.get(2)).at(-1), [M.Mark.Close, 10]);
});

test('leaked and blocked-forever goroutines are marked as soon as known', () => {
  const m = new M.Model();
  m.add(
    trace([
      [0, 0, 'go_create', { id: 1, text: 'runtime.main' }], // 0
      [0, 1, 'go_run'], // 1
      [0, 1, 'go_create', { id: 2, text: 'main.stuck' }], // 2
      [0, 1, 'go_create', { id: 3, text: 'main.waiter' }], // 3
      [0, 1, 'go_block', { reason: 12, text: 'sleep' }], // 4
      [0, 2, 'go_run'], // 5
      [0, 2, 'go_block', { reason: 2, object: 4, text: 'chan receive', line: 8, col: 3 }], // 6
      [0, 2, 'go_blocked_forever', { reason: 2, object: 4, text: 'nobody can send', line: 8 }], // 7
      [0, 2, 'finding', { text: 'blocked forever: goroutine 2' }], // 8
    ]),
  );
  const g2 = m.byG.get(2);
  assert.equal(m.blockedForever, 1);
  assert.equal(g2.foreverEv, 7);
  assert.equal(g2.foreverX, m.evX.a[7]);
  assert.equal(m.leaked, 0);
  m.add(
    trace([
      [0, 3, 'go_run'], // 9
      [0, 3, 'go_block', { reason: 10, text: 'sync.WaitGroup.Wait' }], // 10
      [MS, 0, 'go_unblock', { id: 1 }], // 11
      [MS, 1, 'go_run'], // 12
      [MS, 1, 'go_end'], // 13
      [MS, 2, 'go_leaked', { reason: 2, text: 'leaked goroutine 2 [chan receive]' }], // 14
      [MS, 2, 'go_blocked_forever', { reason: 2, text: 'again' }], // 15: counted once
      [MS, 3, 'go_leaked', { reason: 10, text: 'leaked goroutine 3 [sync.WaitGroup.Wait]' }], // 16
    ]),
  );
  m.finish();
  assert.equal(m.finished, true);
  assert.equal(m.leaked, 2);
  assert.equal(m.blockedForever, 1);
  assert.equal(g2.foreverEv, 7);
  assert.equal(g2.leakEv, 14);
  assert.equal(m.byG.get(3).leakEv, 16);
  assert.equal(m.byG.get(1).leakEv, -1);
  // Alive lanes extend to the end of the run; their state stays what it was.
  assert.equal(m.laneEnd(g2), m.head);
  assert.equal(g2.state, C.State.Chan);
  const kinds = marks(g2).map(([k]) => k);
  assert.deepEqual(kinds, [M.Mark.Forever, M.Mark.Finding, M.Mark.Leaked, M.Mark.Forever]);
});

test('context cancellations: on the goroutine lane, or the runtime row for g 0', () => {
  const m = new M.Model();
  m.add(
    trace([
      [0, 1, 'go_run'], // 0
      [0, 1, 'ctx_cancel', { ctx: 2, from: 2, text: 'context canceled', line: 20, col: 2 }], // 1
      [50 * MS, 0, 'ctx_cancel', { ctx: 3, from: 3, text: 'context deadline exceeded' }], // 2
      [50 * MS, 0, 'ctx_cancel', { ctx: 4, from: 3, text: 'context deadline exceeded' }], // 3
      [50 * MS, 0, 'finding', { text: 'something global' }], // 4
    ]),
  );
  assert.equal(m.cancels, 3);
  assert.deepEqual(marks(m.byG.get(1)), [[M.Mark.Cancel, 1]]);
  assert.deepEqual(marks(m.runtime), [
    [M.Mark.Cancel, 2],
    [M.Mark.Cancel, 3],
    [M.Mark.Finding, 4],
  ]);
  assert.equal(m.lanes.length, 1); // g 0 gets no lane
});

test('wait reasons map to state colours; idle gaps are recorded', () => {
  const { State, blockState } = C;
  assert.equal(blockState('chan send (nil chan)', 3), State.Chan);
  assert.equal(blockState('select (no cases)', 6), State.Select);
  assert.equal(blockState('sync.RWMutex.RLock', 8), State.Sync);
  assert.equal(blockState('sync.Cond.Wait', 11), State.Sync);
  assert.equal(blockState('semacquire', 15), State.Sync);
  assert.equal(blockState('timer', 13), State.Sleep);
  assert.equal(blockState('IO wait', 14), State.IO);
  assert.equal(blockState(undefined, 2), State.Chan);
  assert.equal(blockState(undefined, 12), State.Sleep);
  assert.equal(blockState('something new', 99), State.Other);
  const m = new M.Model();
  m.addGap(1e9, 5e9);
  assert.deepEqual([m.gapFrom, m.gapTo], [[1e9], [5e9]]);
});

test('time format and tick labels', () => {
  const { formatNs, Viewport, Ticks, FitMode } = L;
  assert.equal(formatNs(0), '0s');
  assert.equal(formatNs(500), '500ns');
  assert.equal(formatNs(12_000), '12µs');
  assert.equal(formatNs(250 * MS), '250ms');
  assert.equal(formatNs(1500 * MS), '1.5s');
  assert.equal(formatNs(150e9), '2m30s');
  assert.equal(formatNs(3723e9), '1h2m3s');
  assert.equal(formatNs(185_551_234), '185.6ms');
  assert.equal(formatNs(185_551_234, 2), '185.551ms');

  // A run with a burst at 0, a 1 s sleep, then another burst.
  const rows = [];
  for (let i = 0; i < 20; i++) rows.push([0, 1, 'output', { fd: 1 }]);
  for (let i = 0; i < 20; i++) rows.push([1000 * MS, 1, 'output', { fd: 1 }]);
  const m = new M.Model();
  m.add(trace(rows));
  const vp = new Viewport();
  vp.setSize(1000, 400);
  vp.fit = FitMode.All;
  vp.track(m.head, m.lanes.length, true);
  assert.ok(vp.unitToPx(m.head) <= vp.plotLeft + vp.plotW);
  const ticks = new Ticks();
  ticks.compute(m, vp);
  const t = Array.from(ticks.t.slice(0, ticks.n));
  const x = Array.from(ticks.x.slice(0, ticks.n));
  assert.equal(t[0], 0);
  assert.equal(t.at(-1), 1000 * MS);
  assert.ok(t.length >= 4, `round times inside the gap: ${t}`);
  for (let k = 1; k < t.length; k++) {
    assert.ok(t[k] > t[k - 1], 'ticks ascend in time');
    assert.ok(x[k] - x[k - 1] >= 80, 'ticks are spaced');
  }
});

test('zoom, pan and follow', () => {
  const { Viewport, FitMode } = L;
  const vp = new Viewport();
  vp.setSize(1200, 600);
  // Live and large: follows the head at a readable density.
  vp.track(50_000, 10, false);
  assert.ok(vp.ppu >= 2);
  assert.ok(Math.abs(vp.unitToPx(50_000) - (vp.plotLeft + vp.plotW - L.RIGHT_PAD_PX)) < 1e-6);
  // Zooming in around the middle leaves the head off-screen: following stops.
  vp.zoomAt(vp.plotLeft + vp.plotW / 2, 4, 50_000);
  assert.equal(vp.follow, false);
  assert.equal(vp.fit, FitMode.None);
  const x0 = vp.x0;
  vp.track(60_000, 10, false);
  assert.equal(vp.x0, x0, 'the view stays put while the user looks elsewhere');
  // Panning back to the end follows again.
  vp.panBy(-1e9, 60_000);
  assert.equal(vp.follow, true);
  // Vertical scroll is clamped to the lanes.
  vp.scrollBy(1e9, 100);
  assert.equal(vp.scrollY, vp.maxScrollY(100));
  vp.scrollBy(-1e9, 100);
  assert.equal(vp.scrollY, 0);
});

test('the benchmark trace: 1,000 goroutines, 100,000 events, invariants hold', () => {
  const events = B.syntheticTrace(1000, 100_000, 1);
  assert.equal(events.length, 100_000);
  const m = new M.Model();
  let running = 0;
  for (let i = 0; i < events.length; i += 997) {
    m.add(events.slice(i, i + 997));
    running = Math.max(running, m.lanes.filter((l) => l.state === C.State.Running).length);
  }
  m.finish();
  assert.ok(running <= 1, 'one goroutine runs at a time');
  assert.equal(m.lanes.length, 1000);
  assert.equal(m.events.length, 100_000);
  assert.ok(m.arrowCount > 1000);
  assert.ok(m.leaked > 0 && m.leaked < 200, `leaked ${m.leaked}`);
  assert.ok(m.blockedForever > 0);
  assert.ok(m.cancels > 0);
  for (const lane of m.lanes) {
    for (let k = 1; k < lane.segX.n; k++) {
      assert.ok(lane.segX.a[k] > lane.segX.a[k - 1], 'segments ascend');
      assert.notEqual(lane.segState.a[k], lane.segState.a[k - 1], 'neighbours differ');
    }
  }
});
