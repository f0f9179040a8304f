// What the playground remembers across reloads (localStorage): the program being edited,
// which scenario it came from and the run settings; and "My programs", the visitor's
// programs put aside when a link or the gallery replaced them.
import type { RunSettings } from '../engine/protocol';
import { checkSettings, DEFAULT_SETTINGS } from '../share/settings';

export interface AppState extends RunSettings {
  source: string;
  scenario?: string; // the scenario the source was loaded from (edited or not)
}

export interface KeptProgram extends AppState {
  keptAt: number; // when it was put aside (ms since the epoch)
}

const KEY = 'goroscope.state.v1';
const KEPT_KEY = 'goroscope.kept.v1';
const MAX_KEPT = 20; // beyond this the oldest goes

function read(key: string): unknown {
  try {
    const raw = localStorage.getItem(key);
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null; // storage disabled or corrupt: start fresh
  }
}

function write(key: string, value: unknown): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false; // quota or privacy mode: the page still works, it just forgets
  }
}

// A stored program; settings that do not check out (another version's) give way to defaults.
function toAppState(v: unknown): AppState | null {
  if (typeof v !== 'object' || v === null) return null;
  const s = v as Record<string, unknown>;
  if (typeof s.source !== 'string') return null;
  let settings: RunSettings = DEFAULT_SETTINGS;
  try {
    settings = checkSettings({ procs: DEFAULT_SETTINGS.procs, ...s }); // saved before procs
  } catch {
    // keep the defaults
  }
  const scenario = typeof s.scenario === 'string' ? s.scenario : undefined;
  return { source: s.source, scenario, ...settings };
}

export const loadState = (): AppState | null => toAppState(read(KEY));

export const saveState = (s: AppState): boolean => write(KEY, s);

/** My programs, newest first. */
export function keptPrograms(): KeptProgram[] {
  const list = read(KEPT_KEY);
  if (!Array.isArray(list)) return [];
  return list.flatMap((v) => {
    const s = toAppState(v);
    const keptAt = (v as { keptAt?: unknown }).keptAt;
    return s && typeof keptAt === 'number' ? [{ ...s, keptAt }] : [];
  });
}

/** Puts `program` first in My programs (replacing an older copy of the same source). */
export function keepProgram(program: AppState): boolean {
  const others = keptPrograms().filter((p) => p.source !== program.source);
  return write(KEPT_KEY, [{ ...program, keptAt: Date.now() }, ...others].slice(0, MAX_KEPT));
}

/** Takes program `index` out of My programs. */
export function takeKeptProgram(index: number): KeptProgram | undefined {
  const list = keptPrograms();
  const [taken] = list.splice(index, 1);
  if (taken) write(KEPT_KEY, list);
  return taken;
}
