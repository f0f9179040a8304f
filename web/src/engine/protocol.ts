// The typed protocol between the page and the engine worker (engine/worker.ts).
// Requests flow page → worker, replies worker → page; every reply to a run carries its runId
// so replies of an older run that arrive after a new Run are recognised and dropped.

/** One trace event, exactly as core/analysis/TRACE.md documents the JSON Lines export. */
export interface TraceEvent {
  seq: number;
  t: number; // virtual nanoseconds since the program started
  g: number; // goroutine the event happened on (0: the runtime)
  ev: string; // event kind: go_create, go_block, chan_send, ctx_cancel, output, ...
  text?: string;
  file?: string;
  line?: number;
  col?: number;
  // Kind-specific numbers (id, reason, object, chan, msg, len, ctx, parent, done, from, ...).
  [field: string]: number | string | undefined;
}

/** A compile error or warning with a 1-based [begin, end) range in the user's file. */
export interface Diagnostic {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  kind: string;
  message: string;
}

/** An analysis finding (leak, blocked forever, self-deadlock, race) with its source sites. */
export interface Finding {
  kind: 'leak' | 'blocked' | 'selfdeadlock' | 'race';
  g: number;
  text: string;
  create?: { line: number; col: number };
  wait?: { line: number; col: number };
  other?: { line: number; col: number };
}

export type Speed = 0.25 | 1 | 4 | 'instant';
export type GoVersion = '1.21' | '1.22';

export type Variant = 'mt' | 'st';

export type Request =
  // First message. engineBase: URL of the engine/ folder (Emscripten output); without
  // variant the worker picks by cross-origin isolation.
  | { type: 'init'; engineBase: string; variant?: Variant }
  | { type: 'compile'; id: number; source: string; go: GoVersion }
  | {
      type: 'run';
      runId: number;
      source: string;
      go: GoVersion;
      seed: number;
      speed: Speed;
      replay?: string; // a recorded schedule (replay token) to follow instead of the seed
      step?: boolean; // start paused; advance with 'step'
      race?: boolean; // data race detection (default on)
    }
  | { type: 'stop'; runId: number }
  | { type: 'speed'; runId: number; speed: Speed }
  | { type: 'step'; runId: number; events: number } // run until at least this many more events
  | { type: 'explore'; id: number; source: string; go: GoVersion; first: number; count: number };

export type Reply =
  | { type: 'ready'; variant: Variant; threads: number; loadMs: number }
  | { type: 'diagnostics'; id: number; diagnostics: Diagnostic[] }
  | {
      type: 'batch';
      runId: number;
      events: TraceEvent[]; // in sequence order, continuing the previous batch
      virtualNs: number; // the run's virtual clock after this batch
      idleGap?: { fromNs: number; toNs: number }; // a compressed idle gap (longer than 2 s)
    }
  | {
      type: 'done';
      runId: number;
      exitCode: number;
      virtualNs: number;
      seed: number;
      findings: Finding[]; // the first 1000
      findingCount: number; // all of them
      compiled: boolean; // false: the program did not build (diagnostics says why)
      diagnostics: Diagnostic[]; // compile errors, or vet warnings of the program that ran
      stopped: boolean;
    }
  | {
      type: 'explored';
      id: number;
      results: { seed: number; exit: number; findings: number }[];
      ms: number;
      threads: number;
    }
  | { type: 'error'; message: string };
