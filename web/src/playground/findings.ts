// Findings of a run (leaks, blocked-forever goroutines, deadlock, races, panics, vet
// warnings), each explained in one sentence, linked to its source line and its goroutine
// on the timeline; the same list becomes the editor's run markers.
import type { Diagnostic, Finding } from '../engine/protocol';
import type { Marker } from './editor';

export interface FindingItem {
  kind: 'leak' | 'blocked' | 'deadlock' | 'race' | 'panic' | 'vet' | 'selfdeadlock';
  sentence: string;
  details?: string;
  line?: number;
  col?: number;
  g?: number;
  markers: Marker[];
}

const firstLine = (s: string) => s.split('\n', 1)[0];
const userLines = (s: string) => [...s.matchAll(/\bmain\.go:(\d+)/g)].map((m) => Number(m[1]));

function site(line: number, message: string, severity: Marker['severity'] = 'error'): Marker {
  return { line, col: 1, message, severity };
}

export function explainRun(
  stderr: string,
  findings: Finding[],
  vetWarnings: Diagnostic[],
): FindingItem[] {
  const items: FindingItem[] = [];
  for (const f of findings) {
    const where = f.wait ?? f.create;
    const markers: Marker[] = [];
    let sentence = '';
    switch (f.kind) {
      case 'leak':
        sentence = `Goroutine ${f.g} was still alive when main returned: it leaked, with everything it holds.`;
        if (f.wait) markers.push(site(f.wait.line, `goroutine ${f.g} leaked while blocked here`));
        if (f.create)
          markers.push(site(f.create.line, `leaked goroutine ${f.g} was started here`, 'warning'));
        break;
      case 'blocked':
        sentence = `Goroutine ${f.g} is blocked forever: nothing that can still run can wake it.`;
        if (f.wait) markers.push(site(f.wait.line, `goroutine ${f.g} is blocked forever here`));
        break;
      case 'selfdeadlock':
        sentence = `Goroutine ${f.g} locks a mutex it already holds: it waits for itself.`;
        if (f.wait) markers.push(site(f.wait.line, 'second Lock of a mutex this goroutine holds'));
        if (f.other) markers.push(site(f.other.line, 'first Lock, still held', 'warning'));
        break;
      case 'race':
        sentence =
          'Data race: two goroutines access the same memory without synchronization, at least one of them writing.';
        if (f.wait) markers.push(site(f.wait.line, 'data race: this access…'));
        if (f.other) markers.push(site(f.other.line, '…races with this access', 'warning'));
        break;
    }
    items.push({
      kind: f.kind,
      sentence,
      details: f.text,
      line: where?.line,
      col: where?.col,
      g: f.g,
      markers,
    });
  }
  const fatal = /fatal error: (.*)/.exec(stderr);
  const panic = /^panic: (.*)$/m.exec(stderr);
  if (fatal && fatal[1].startsWith('all goroutines are asleep')) {
    const lines = [
      ...stderr.matchAll(/^goroutine \d+ \[[^\]]*\]:\n(?:.*\n)?\tmain\.go:(\d+)/gm),
    ].map((m) => Number(m[1]));
    items.push({
      kind: 'deadlock',
      sentence: 'Deadlock: every goroutine is blocked, so Go stops the program (exit status 2).',
      details: stderr.slice(fatal.index),
      line: lines[0],
      markers: lines.map((l) => site(l, 'blocked here when the program deadlocked')),
    });
  } else if (panic) {
    const line = userLines(stderr.slice(panic.index))[0];
    items.push({
      kind: 'panic',
      sentence: `The program panicked: ${panic[1]}`,
      details: stderr.slice(panic.index),
      line,
      markers: line ? [site(line, `panic: ${panic[1]}`)] : [],
    });
  } else if (fatal) {
    const line = userLines(stderr.slice(fatal.index))[0];
    items.push({
      kind: 'panic',
      sentence: `Fatal error: ${fatal[1]}`,
      details: stderr.slice(fatal.index),
      line,
      markers: line ? [site(line, `fatal error: ${fatal[1]}`)] : [],
    });
  }
  for (const v of vetWarnings)
    items.push({
      kind: 'vet',
      sentence: `vet (${v.kind.replace(/^vet:/, '')}): ${firstLine(v.message)}`,
      line: v.line,
      col: v.col,
      markers: [],
    });
  return items;
}

export class FindingsView {
  constructor(
    private host: HTMLElement,
    private onReveal: (line: number, col: number) => void,
    private onGoroutine: (g: number) => void,
  ) {
    this.show([], false);
  }

  /** Lists the findings of a run (`ran`), or a hint before the first run. */
  show(items: FindingItem[], ran: boolean, exitCode = 0, total = items.length): void {
    this.host.replaceChildren();
    this.host.dataset.count = String(items.length);
    if (items.length === 0) {
      const p = document.createElement('p');
      p.className = 'empty';
      p.textContent = !ran
        ? 'Run the program: leaks, races, deadlocks and panics are explained here.'
        : exitCode === 0
          ? 'No findings: no leak, race, deadlock or panic in this run (other seeds may differ).'
          : `No leak, race, deadlock or panic, but the program exited with status ${exitCode}: its output says why.`;
      this.host.append(p);
      return;
    }
    const ul = document.createElement('ul');
    ul.className = 'findings';
    // A program can leak 100000 goroutines: list the first hundred, count the rest.
    for (const f of items.slice(0, 100)) {
      const li = document.createElement('li');
      li.className = `finding finding-${f.kind}`;
      const head = document.createElement('div');
      const badge = document.createElement('span');
      badge.className = 'badge';
      badge.textContent = f.kind === 'selfdeadlock' ? 'deadlock' : f.kind;
      head.append(badge, ' ', f.sentence);
      li.append(head);
      const links = document.createElement('div');
      links.className = 'links';
      if (f.line)
        links.append(this.link(`line ${f.line}`, () => this.onReveal(f.line!, f.col ?? 1)));
      if (f.g)
        links.append(this.link(`goroutine ${f.g} on the timeline`, () => this.onGoroutine(f.g!)));
      li.append(links);
      if (f.details) {
        const d = document.createElement('details');
        const s = document.createElement('summary');
        s.textContent = 'report';
        const pre = document.createElement('pre');
        pre.textContent = f.details;
        d.append(s, pre);
        li.append(d);
      }
      ul.append(li);
    }
    this.host.append(ul);
    if (total > 100) {
      const p = document.createElement('p');
      p.className = 'empty';
      p.textContent = `… and ${total - 100} more findings (the first hundred are listed).`;
      this.host.append(p);
    }
  }

  private link(text: string, action: () => void): HTMLAnchorElement {
    const a = document.createElement('a');
    a.href = '#';
    a.textContent = text;
    a.onclick = (e) => {
      e.preventDefault();
      action();
    };
    return a;
  }
}
