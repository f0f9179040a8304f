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

export const SPEEDS = [0.25, 1, 4, 'instant'] as const;
export type Speed = (typeof SPEEDS)[number];
export const GO_VERSIONS = ['1.21', '1.22'] as const;
/** GOMAXPROCS choices: the virtual processors goroutines run on at once. */
export const PROCS = [1, 2, 4, 8] as const;
export type Procs = (typeof PROCS)[number];
export type GoVersion = (typeof GO_VERSIONS)[number];
/** A recorded schedule's text form (core/runtime/decision.cc: LEB128 in base64url). */
export const REPLAY_TOKEN = /^[A-Za-z0-9_.-]*$/;

/** Everything besides the program that changes a run; share links carry all of it. */
export interface RunSettings {
  seed: number; // an integer in [0, 2^53): exact in JavaScript and in share links
  go: GoVersion; // loop variable semantics
  speed: Speed; // pacing of virtual time against the wall clock
  race: boolean; // data race detection
  procs: Procs; // GOMAXPROCS
}

export const VARIANTS = ['mt', 'st'] as const;
export type Variant = (typeof VARIANTS)[number];

// Bounds of a request or reply (engine/validate.ts rejects a message beyond them).
export const MAX_SOURCE = 4 * 1024 * 1024; // characters of a program
export const MAX_EXPLORE_SEEDS = 1000; // seeds of one 'explore' request
export const MAX_STEP_EVENTS = 1_000_000; // events of one 'step' request
export const MAX_BATCH_EVENTS = 20000; // events of one 'batch' reply
export const MAX_FINDINGS = 1000; // findings of one 'done' reply

export type Request =
  // First message. engineBase: URL of the engine/ folder (Emscripten output); without
  // variant the worker picks by cross-origin isolation.
  | { type: 'init'; engineBase: string; variant?: Variant }
  | { type: 'compile'; id: number; source: string; go: GoVersion }
  | ({
      type: 'run';
      runId: number; // increases from run to run: a lower one than the last is stale
      source: string;
      replay?: string; // a recorded schedule (replay token) to follow instead of the seed
      step?: boolean; // start paused; advance with 'step'
    } & RunSettings)
  | { type: 'stop'; runId: number }
  | { type: 'speed'; runId: number; speed: Speed }
  | { type: 'step'; runId: number; events: number } // run until at least this many more events
  | {
      type: 'explore';
      id: number;
      source: string;
      go: GoVersion;
      procs: Procs;
      first: number;
      count: number;
    };

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
      findings: Finding[]; // the first MAX_FINDINGS
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
