// Goroutine states, the wait-reason → state classification and the palette of the timeline.
// The palette is light-on-dark: it is drawn over the app's dark theme (#1e1e1e, text #ddd).

/**
 * Lane states, stored one byte per segment. The numbers index STATE_COLORS, STATE_NAMES and the
 * per-state draw buffers, so they must stay dense, starting at 0.
 */
export const State = {
  Runnable: 0,
  Running: 1,
  Chan: 2, // chan send / chan receive (also on nil channels)
  Sync: 3, // sync.Mutex, RWMutex, WaitGroup, Cond, semaphores
  Select: 4,
  Sleep: 5, // time.Sleep and timers
  IO: 6, // IO wait (net/http)
  Other: 7, // any wait reason not known here
  Idle: 8, // a processor lane with no goroutine on it
} as const;
export type StateCode = (typeof State)[keyof typeof State];
export const STATE_COUNT = 9;

export const STATE_NAMES: readonly string[] = [
  'runnable',
  'running',
  'blocked: channel',
  'blocked: lock / sync (Mutex, WaitGroup, Cond)',
  'blocked: select',
  'sleeping / waiting for a timer',
  'blocked: IO wait',
  'blocked',
  'idle processor',
];

/** Fill colour of each state (index = StateCode). */
export const STATE_COLORS: readonly string[] = [
  '#6b7380', // runnable: muted grey-blue, drawn thin — waiting for its turn, not doing anything
  '#5fd38a', // running: the brightest, full height
  '#5b9cf5', // channel
  '#c08cf0', // lock / sync
  '#3cc9c4', // select
  '#e6c06a', // sleep / timer
  '#f08fb0', // IO wait
  '#a3a3a3', // other
  '#34363a', // idle processor: barely there
];

/** Vertical inset (px) of each state's bar inside its 12 px bar box: runnable is drawn thin. */
export const STATE_INSET: readonly number[] = [4, 0, 1, 1, 1, 1, 1, 1, 5];

/** Short legend labels, in legend order. */
export const LEGEND: readonly { state: StateCode; label: string }[] = [
  { state: State.Running, label: 'running' },
  { state: State.Runnable, label: 'runnable' },
  { state: State.Chan, label: 'chan' },
  { state: State.Select, label: 'select' },
  { state: State.Sync, label: 'sync' },
  { state: State.Sleep, label: 'sleep' },
  { state: State.IO, label: 'IO' },
];

/** Colours of the overlays and markers. */
export const COLORS = {
  bg: '#1e1e1e',
  laneAlt: '#232425', // every other lane, for reading across long rows
  labelBg: '#252627',
  border: '#3a3b3d',
  grid: '#2f3033',
  axisText: '#a8abb0',
  text: '#dddddd',
  textDim: '#8b8f96',
  arrow: '#e8e8e8',
  link: '#8c95a3',
  cancel: '#ff9f43',
  panic: '#ff5a5a',
  finding: '#ffd24d',
  forever: '#ff4f4f', // blocked forever and leaked
  gap: '#9aa3ad',
  head: '#5fd38a',
  hover: '#ffffff',
  flash: '#ffd24d',
  runtimeBg: '#202122',
  scrollbar: 'rgba(255,255,255,0.22)',
} as const;

// Wait reasons (core/runtime/wait_reason.h, GS_WAIT_REASONS) by number, used when a go_block
// event carries no text. Text wins when present: it is what the runtime prints.
const REASON_STATE: readonly StateCode[] = [
  State.Other, // None ("running"): should not block; shown as generic blocked
  State.Chan, // chan send
  State.Chan, // chan receive
  State.Chan, // chan send (nil chan)
  State.Chan, // chan receive (nil chan)
  State.Select,
  State.Select, // select (no cases)
  State.Sync, // sync.Mutex.Lock
  State.Sync, // sync.RWMutex.RLock
  State.Sync, // sync.RWMutex.Lock
  State.Sync, // sync.WaitGroup.Wait
  State.Sync, // sync.Cond.Wait
  State.Sleep, // sleep
  State.Sleep, // timer
  State.IO, // IO wait
  State.Sync, // semacquire
];

/** The state a goroutine blocked with this wait reason is in. */
export function blockState(text: string | undefined, reason: number | undefined): StateCode {
  if (text) {
    if (text.startsWith('chan ')) return State.Chan;
    if (text.startsWith('select')) return State.Select;
    if (text.startsWith('sync.') || text.startsWith('sem')) return State.Sync;
    if (text === 'sleep' || text.startsWith('timer')) return State.Sleep;
    if (text.startsWith('IO')) return State.IO;
    return State.Other;
  }
  if (reason !== undefined && reason >= 0 && reason < REASON_STATE.length)
    return REASON_STATE[reason];
  return State.Other;
}

/** True for the states in which a goroutine waits for something (blocked or sleeping). */
export function isWaiting(s: number): boolean {
  return s >= State.Chan;
}
