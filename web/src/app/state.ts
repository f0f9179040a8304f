// What the playground remembers across reloads (localStorage): the program being edited,
// which scenario it came from, and the run settings.
import type { GoVersion, Speed } from '../engine/protocol';

export interface AppState {
  source: string;
  scenario?: string; // the scenario the source was loaded from (edited or not)
  seed: number;
  go: GoVersion;
  speed: Speed;
  race: boolean;
}

const KEY = 'goroscope.state.v1';

export function loadState(): AppState | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as AppState;
    if (typeof s.source !== 'string' || !Number.isSafeInteger(s.seed)) return null;
    return s;
  } catch {
    return null; // storage disabled or corrupt: start fresh
  }
}

export function saveState(s: AppState): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(s));
  } catch {
    // quota or privacy mode: the page still works, it just forgets
  }
}
