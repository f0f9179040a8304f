// The engine worker: loads one wasm variant (pthreads when the page is cross-origin
// isolated, else single-threaded), answers compile requests, and drives a run in slices of
// a few milliseconds so that stop, speed and step messages are handled between slices.
import {
  MAX_BATCH_EVENTS,
  type Diagnostic,
  type Finding,
  type Reply,
  type Request,
  type TraceEvent,
  type Variant,
} from './protocol';
import { Pacer } from './pacing';
import { isRequest, messageName } from './validate';

interface Engine {
  compile(source: string, go: number): string;
  start(
    source: string,
    go: number,
    seed: number,
    replay: string,
    race: boolean,
    procs: number,
  ): boolean;
  diagnostics(): string;
  advance(budget: number, horizonNs: number): number; // 0 budget spent, 1 waiting, 2 finished
  takeEvents(max: number): string;
  pendingEvents(): number;
  virtualNs(): number;
  nextTimerNs(): number;
  exitCode(): number;
  findings(): string;
  findingCount(): number;
  stop(): void;
  explore(source: string, go: number, procs: number, first: number, count: number): string;
  threads(): number;
}

type EngineFactory = () => Promise<{ Engine: new () => Engine }>;

const SLICE_MS = 12; // engine time per slice: Stop is handled within one slice
const BUDGET = 4096; // preemption points per advance call

const post = (r: Reply) => (self as unknown as Worker).postMessage(r);

let engine: Engine | undefined;
let latestRunId = 0; // a 'run' request with a lower or equal id is stale
let run:
  | {
      id: number;
      seed: number;
      pacer: Pacer;
      stepping: boolean;
      stopped: boolean;
      timer?: ReturnType<typeof setTimeout>;
    }
  | undefined;

async function load(engineBase: string, wanted?: Variant): Promise<void> {
  const t0 = performance.now();
  const isolated = typeof SharedArrayBuffer !== 'undefined' && self.crossOriginIsolated;
  const variant: Variant = wanted ?? (isolated ? 'mt' : 'st');
  // The URL is built at run time so the bundler leaves the Emscripten loader alone.
  const url = new URL(`goroscope_${variant}.js`, engineBase).href;
  const factory = (await import(/* @vite-ignore */ url)).default as EngineFactory;
  const mod = await factory();
  engine = new mod.Engine();
  post({ type: 'ready', variant, threads: engine.threads(), loadMs: performance.now() - t0 });
}

const goNumber = (go: string) => (go === '1.21' ? 121 : 122);
const parse = <T>(json: string): T => JSON.parse(json) as T;

function takeEvents(e: Engine): TraceEvent[] {
  const text = e.takeEvents(MAX_BATCH_EVENTS);
  if (!text) return [];
  return text
    .split('\n')
    .filter((l) => l)
    .map((l) => JSON.parse(l) as TraceEvent);
}

// Posts everything the engine produced since the last batch.
function flush(e: Engine, id: number, idleGap?: { fromNs: number; toNs: number }): void {
  for (;;) {
    const events = takeEvents(e);
    if (events.length === 0 && !idleGap) return;
    post({ type: 'batch', runId: id, events, virtualNs: e.virtualNs(), idleGap });
    idleGap = undefined;
    if (e.pendingEvents() === 0) return;
  }
}

function finish(e: Engine): void {
  if (!run) return;
  flush(e, run.id);
  post({
    type: 'done',
    runId: run.id,
    exitCode: e.exitCode(),
    virtualNs: e.virtualNs(),
    seed: run.seed,
    findings: parse<Finding[]>(e.findings()),
    findingCount: e.findingCount(),
    compiled: true,
    diagnostics: parse<Diagnostic[]>(e.diagnostics()),
    stopped: run.stopped,
  });
  run = undefined;
}

// A yield that is not clamped like nested setTimeout(0): lets queued messages in. Every
// scheduled pump names its run, so one still queued when a new run starts does nothing.
const channel = new MessageChannel();
channel.port1.onmessage = (m: MessageEvent<number>) => pump(m.data);
const yieldThenPump = (id: number) => channel.port2.postMessage(id);

function pump(id: number): void {
  const e = engine;
  if (!e || !run || run.id !== id || run.stepping) return;
  run.timer = undefined;
  const t0 = performance.now();
  let status = 0;
  while (performance.now() - t0 < SLICE_MS) {
    status = e.advance(BUDGET, run.pacer.horizon(performance.now()));
    if (status !== 0) break;
  }
  if (status === 2) return finish(e);
  if (status === 1) {
    const w = run.pacer.wait(e.virtualNs(), e.nextTimerNs(), performance.now());
    flush(e, run.id, w.gap);
    if (w.delayMs > 0) run.timer = setTimeout(() => pump(id), Math.min(w.delayMs, 250));
    else yieldThenPump(id);
    return;
  }
  flush(e, run.id);
  yieldThenPump(id);
}

// Step mode: run until `count` more events exist (or the end), then pause.
function step(e: Engine, count: number): void {
  if (!run) return;
  const target = e.pendingEvents() + count;
  let status = 0;
  const t0 = performance.now();
  while (e.pendingEvents() < target && performance.now() - t0 < 200) {
    status = e.advance(1, Infinity);
    if (status === 2) return finish(e);
  }
  flush(e, run.id);
}

function startRun(e: Engine, r: Extract<Request, { type: 'run' }>): void {
  if (r.runId <= latestRunId) return;
  latestRunId = r.runId;
  if (run) {
    e.stop();
    clearTimeout(run.timer);
    run = undefined;
  }
  if (!e.start(r.source, goNumber(r.go), r.seed, r.replay ?? '', r.race, r.procs)) {
    post({
      type: 'done',
      runId: r.runId,
      exitCode: 1,
      virtualNs: 0,
      seed: r.seed,
      findings: [],
      findingCount: 0,
      compiled: false,
      diagnostics: parse<Diagnostic[]>(e.diagnostics()),
      stopped: false,
    });
    return;
  }
  run = {
    id: r.runId,
    seed: r.seed,
    pacer: new Pacer(r.speed, performance.now()),
    stepping: !!r.step,
    stopped: false,
  };
  if (r.step) flush(e, r.runId);
  else pump(r.runId);
}

function handle(req: Request): void {
  const e = engine;
  if (!e) return post({ type: 'error', message: 'the engine is not loaded' });
  switch (req.type) {
    case 'compile':
      return post({
        type: 'diagnostics',
        id: req.id,
        diagnostics: parse<Diagnostic[]>(e.compile(req.source, goNumber(req.go))),
      });
    case 'run':
      return startRun(e, req);
    case 'stop':
      if (run?.id !== req.runId) return;
      run.stopped = true;
      run.stepping = false;
      clearTimeout(run.timer);
      e.stop();
      e.advance(1, Infinity); // the stop takes effect at the next preemption point: now
      return finish(e);
    case 'speed':
      if (run?.id === req.runId) run.pacer.setSpeed(req.speed, e.virtualNs(), performance.now());
      return;
    case 'step':
      if (run?.id === req.runId) step(e, req.events);
      return;
    case 'explore': {
      const t0 = performance.now();
      const results = JSON.parse(
        e.explore(req.source, goNumber(req.go), req.procs, req.first, req.count),
      );
      return post({
        type: 'explored',
        id: req.id,
        results,
        ms: performance.now() - t0,
        threads: e.threads(),
      });
    }
    case 'init':
      return;
  }
}

// Runs one request; an engine failure becomes an error reply instead of escaping the worker.
function handleSafely(req: Request): void {
  try {
    handle(req);
  } catch (err) {
    post({ type: 'error', message: `the engine failed: ${String(err)}` });
  }
}

let loading: Promise<void> | undefined;
self.onmessage = (m: MessageEvent<unknown>) => {
  const req = m.data;
  if (!isRequest(req))
    return post({ type: 'error', message: `the engine ignored a malformed ${messageName(req)}` });
  if (req.type === 'init' && !loading) {
    loading = load(req.engineBase, req.variant).catch((err: unknown) =>
      post({ type: 'error', message: `the engine failed to load: ${String(err)}` }),
    );
    return;
  }
  if (!loading) return post({ type: 'error', message: "the first request must be 'init'" });
  void loading.then(() => handleSafely(req));
};
