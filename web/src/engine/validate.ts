// Checks every message that crosses the worker boundary against protocol.ts, in one place:
// the worker acts only on requests that pass and the page only on replies that pass, so a
// malformed or hostile message is dropped instead of reaching the engine or the panes.
import {
  GO_VERSIONS,
  MAX_BATCH_EVENTS,
  MAX_EXPLORE_SEEDS,
  MAX_FINDINGS,
  MAX_SOURCE,
  MAX_STEP_EVENTS,
  PROCS,
  REPLAY_TOKEN,
  SPEEDS,
  VARIANTS,
  type Reply,
  type Request,
} from './protocol';

type Check = (v: unknown) => boolean;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const int =
  (min = 0, max = Number.MAX_SAFE_INTEGER): Check =>
  (v) =>
    Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;
const finite: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const bool: Check = (v) => typeof v === 'boolean';
const text =
  (max = MAX_SOURCE): Check =>
  (v) =>
    typeof v === 'string' && v.length <= max;
const oneOf =
  (values: readonly unknown[]): Check =>
  (v) =>
    values.includes(v);
const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined || check(v);
const list =
  (item: Check, max: number): Check =>
  (v) =>
    Array.isArray(v) && v.length <= max && v.every(item);
function shape(fields: Record<string, Check>): Check {
  const entries = Object.entries(fields);
  return (v) => isRecord(v) && entries.every(([name, check]) => check(v[name]));
}

const id = int();
const source = text();
const go = oneOf(GO_VERSIONS);
const speed = oneOf(SPEEDS);
const replay: Check = (v) => text()(v) && REPLAY_TOKEN.test(v as string);
const position = shape({ line: int(), col: int() });
const diagnostic = shape({
  line: int(),
  col: int(),
  endLine: int(),
  endCol: int(),
  kind: text(),
  message: text(),
});
const finding = shape({
  kind: oneOf(['leak', 'blocked', 'selfdeadlock', 'race']),
  g: int(),
  text: text(),
  create: optional(position),
  wait: optional(position),
  other: optional(position),
});
// Kind-specific fields vary, but each is a number or a string (protocol.ts TraceEvent).
const eventFields = shape({ seq: int(), t: finite, g: int(), ev: text() });
const traceEvent: Check = (v) =>
  eventFields(v) && Object.values(v as object).every((x) => typeof x === 'string' || finite(x));

const requests: { [T in Request['type']]: Check } = {
  init: shape({ engineBase: text(), variant: optional(oneOf(VARIANTS)) }),
  compile: shape({ id, source, go }),
  run: shape({
    runId: id,
    source,
    go,
    seed: int(),
    speed,
    race: bool,
    procs: oneOf(PROCS),
    replay: optional(replay),
    step: optional(bool),
  }),
  stop: shape({ runId: id }),
  speed: shape({ runId: id, speed }),
  step: shape({ runId: id, events: int(1, MAX_STEP_EVENTS) }),
  explore: shape({
    id,
    source,
    go,
    procs: oneOf(PROCS),
    first: int(0, Number.MAX_SAFE_INTEGER - MAX_EXPLORE_SEEDS),
    count: int(1, MAX_EXPLORE_SEEDS),
  }),
};

const replies: { [T in Reply['type']]: Check } = {
  ready: shape({ variant: oneOf(VARIANTS), threads: int(1, 1024), loadMs: finite }),
  diagnostics: shape({ id, diagnostics: list(diagnostic, Infinity) }),
  batch: shape({
    runId: id,
    events: list(traceEvent, MAX_BATCH_EVENTS),
    virtualNs: finite,
    idleGap: optional(shape({ fromNs: finite, toNs: finite })),
  }),
  done: shape({
    runId: id,
    exitCode: int(-(2 ** 31), 2 ** 31),
    virtualNs: finite,
    seed: int(),
    findings: list(finding, MAX_FINDINGS),
    findingCount: int(),
    compiled: bool,
    diagnostics: list(diagnostic, Infinity),
    stopped: bool,
  }),
  explored: shape({
    id,
    results: list(
      shape({ seed: int(), exit: int(-(2 ** 31), 2 ** 31), findings: int() }),
      Infinity,
    ),
    ms: finite,
    threads: int(1, 1024),
  }),
  error: shape({ message: text() }),
};

function ofType(checks: Record<string, Check>, data: unknown): boolean {
  return (
    isRecord(data) &&
    typeof data.type === 'string' &&
    Object.hasOwn(checks, data.type) &&
    checks[data.type](data)
  );
}

/** Whether `data` is a well-formed request (protocol.ts) within its bounds. */
export const isRequest = (data: unknown): data is Request => ofType(requests, data);

/** Whether `data` is a well-formed reply (protocol.ts) within its bounds. */
export const isReply = (data: unknown): data is Reply => ofType(replies, data);

/** How to name a rejected message in an error: its type when it has a short one. */
export function messageName(data: unknown): string {
  const type = isRecord(data) ? data.type : undefined;
  return typeof type === 'string' && type.length <= 20 ? `'${type}' message` : 'message';
}
