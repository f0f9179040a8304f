// The page's side of the engine protocol: one worker, typed requests, replies checked
// (validate.ts) and dispatched to the current run's handlers. A new run supersedes the old
// one (its late replies drop).
import type {
  Diagnostic,
  GoVersion,
  Procs,
  Reply,
  Request,
  RunSettings,
  Speed,
  TraceEvent,
  Variant,
} from './protocol';
import { isReply, messageName } from './validate';

export interface RunHandlers {
  onBatch(
    events: TraceEvent[],
    virtualNs: number,
    idleGap?: { fromNs: number; toNs: number },
  ): void;
  onDone(done: Extract<Reply, { type: 'done' }>): void;
}

export interface RunRequest extends RunSettings {
  source: string;
  replay?: string;
  step?: boolean;
}

type Answer = Extract<Reply, { type: 'diagnostics' | 'explored' }>;

export class EngineClient {
  private worker: Worker;
  private nextId = 1;
  private runId = 0;
  private handlers?: RunHandlers;
  // Requests waiting for their answer, by id: only an answer of the awaited type settles one.
  private pending = new Map<number, { type: Answer['type']; settle: (r: Answer) => void }>();
  readonly ready: Promise<Extract<Reply, { type: 'ready' }>>;
  onError?: (message: string) => void;

  /** `variant` forces an engine build (tests); otherwise the worker picks by isolation. */
  constructor(variant?: Variant) {
    this.worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    let resolveReady!: (r: Extract<Reply, { type: 'ready' }>) => void;
    this.ready = new Promise((res) => (resolveReady = res));
    this.worker.onmessage = (m: MessageEvent<unknown>) => {
      const r = m.data;
      if (!isReply(r)) return this.onError?.(`the engine sent a malformed ${messageName(r)}`);
      switch (r.type) {
        case 'ready':
          return resolveReady(r);
        case 'diagnostics':
        case 'explored': {
          const waiting = this.pending.get(r.id);
          if (waiting?.type !== r.type) return;
          this.pending.delete(r.id);
          return waiting.settle(r);
        }
        case 'batch':
          if (r.runId === this.runId) this.handlers?.onBatch(r.events, r.virtualNs, r.idleGap);
          return;
        case 'done':
          if (r.runId === this.runId) this.handlers?.onDone(r);
          return;
        case 'error':
          this.onError?.(r.message);
          return;
      }
    };
    this.worker.onerror = (e) => this.onError?.(e.message || 'the engine worker failed');
    // engine/ is served beside the pages (vite.config.ts copies it there).
    this.send({ type: 'init', engineBase: new URL('engine/', document.baseURI).href, variant });
  }

  private send(r: Request): void {
    this.worker.postMessage(r);
  }

  compile(source: string, go: GoVersion): Promise<Diagnostic[]> {
    const id = this.nextId++;
    return new Promise((res) => {
      this.pending.set(id, {
        type: 'diagnostics',
        settle: (r) => r.type === 'diagnostics' && res(r.diagnostics),
      });
      this.send({ type: 'compile', id, source, go });
    });
  }

  explore(source: string, go: GoVersion, procs: Procs, first: number, count: number) {
    const id = this.nextId++;
    return new Promise<Extract<Reply, { type: 'explored' }>>((res) => {
      this.pending.set(id, { type: 'explored', settle: (r) => r.type === 'explored' && res(r) });
      this.send({ type: 'explore', id, source, go, procs, first, count });
    });
  }

  run(req: RunRequest, handlers: RunHandlers): void {
    this.runId = this.nextId++;
    this.handlers = handlers;
    this.send({ type: 'run', runId: this.runId, ...req });
  }

  stop(): void {
    this.send({ type: 'stop', runId: this.runId });
  }
  /** Stops the current run and drops everything it still sends (its handlers are done). */
  cancel(): void {
    this.stop();
    this.handlers = undefined;
  }
  setSpeed(speed: Speed): void {
    this.send({ type: 'speed', runId: this.runId, speed });
  }
  step(events: number): void {
    this.send({ type: 'step', runId: this.runId, events });
  }
  terminate(): void {
    this.worker.terminate();
  }
}
