// "My programs" in the program list: the visitor's programs put aside (app/state.ts) when a
// link or the gallery replaced them, newest first, each titled so it can be told apart.
import { scenarioById } from './scenarios';
import type { AppState, KeptProgram } from './state';

/** Whether showing `next` instead of `current` would lose work of the visitor's. */
export function worthKeeping(current: AppState, next: AppState): boolean {
  const unchangedScenario = scenarioById(current.scenario ?? '')?.source === current.source;
  return current.source !== next.source && !unchangedScenario;
}

/** A short title: the program's first comment, or the scenario it was edited from. */
export function programTitle(p: AppState): string {
  const comment = /^\s*\/\/\s*(\S.*)$/m.exec(p.source)?.[1].trim();
  const header = comment && /^Title:\s*(.+)$/.exec(comment)?.[1]; // scenarios start with one
  const scenario = scenarioById(p.scenario ?? '')?.title;
  const title = header
    ? `${header} (edited)`
    : (comment ?? (scenario ? `${scenario} (edited)` : 'untitled program'));
  return title.length > 48 ? title.slice(0, 47).trimEnd() + '…' : title;
}

function keptWhen(at: number): string {
  const d = new Date(at);
  return d.toDateString() === new Date().toDateString()
    ? d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
    : d.toLocaleDateString([], { month: 'short', day: 'numeric' });
}

const PREFIX = 'kept:';

/** Fills `group` with an option per kept program; its value names the program's index. */
export function listKeptPrograms(group: HTMLOptGroupElement, kept: KeptProgram[]): void {
  group.replaceChildren(
    ...kept.map((p, i) => {
      const o = document.createElement('option');
      o.value = PREFIX + i;
      o.textContent = `${programTitle(p)} · ${keptWhen(p.keptAt)}`;
      return o;
    }),
  );
}

/** The kept program an option value names, or undefined for a scenario's. */
export const keptIndex = (value: string): number | undefined =>
  value.startsWith(PREFIX) ? Number(value.slice(PREFIX.length)) : undefined;
