// The page's side of the engine protocol: one worker, typed requests, replies dispatched
// to the current run's handlers. A new run supersedes the old one (its late replies drop).
import type { Diagnostic, GoVersion, Reply, Request, Speed, TraceEvent, Variant } from './protocol';

export interface RunHandlers {
  onBatch(
    events: TraceEvent[],
    virtualNs: number,
    idleGap?: { fromNs: number; toNs: number },
  ): void;
  onDone(done: Extract<Reply, { type: 'done' }>): void;
}

export interface RunRequest {
  source: string;
  go: GoVersion;
  seed: number;
  speed: Speed;
  replay?: string;
  step?: boolean;
  race?: boolean;
}

export class EngineClient {
  private worker: Worker;
  private nextId = 1;
  private runId = 0;
  private handlers?: RunHandlers;
  private pending = new Map<number, (r: Reply) => void>();
  readonly ready: Promise<Extract<Reply, { type: 'ready' }>>;
  onError?: (message: string) => void;

  /** `variant` forces an engine build (tests); otherwise the worker picks by isolation. */
  constructor(variant?: Variant) {
    this.worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    let resolveReady!: (r: Extract<Reply, { type: 'ready' }>) => void;
    this.ready = new Promise((res) => (resolveReady = res));
    this.worker.onmessage = (m: MessageEvent<Reply>) => {
      const r = m.data;
      switch (r.type) {
        case 'ready':
          return resolveReady(r);
        case 'diagnostics':
        case 'explored':
          this.pending.get(r.id)?.(r);
          this.pending.delete(r.id);
          return;
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
      this.pending.set(id, (r) => res(r.type === 'diagnostics' ? r.diagnostics : []));
      this.send({ type: 'compile', id, source, go });
    });
  }

  explore(source: string, go: GoVersion, first: number, count: number) {
    const id = this.nextId++;
    return new Promise<Extract<Reply, { type: 'explored' }>>((res) => {
      this.pending.set(id, (r) => r.type === 'explored' && res(r));
      this.send({ type: 'explore', id, source, go, first, count });
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
