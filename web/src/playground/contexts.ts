// The context tree of a run, rebuilt from ctx_create / ctx_cancel events alone: kind,
// deadline or value, live state (active, or cancelled with its error and the context the
// cancellation came from) and the goroutines currently waiting on each context's Done.
import type { TraceEvent } from '../engine/protocol';
import { formatNs } from '../timeline/layout';

export interface ContextNode {
  id: number;
  parent: number;
  kind: string; // background, todo, cancel, deadline, value, withoutCancel, afterFunc, custom
  detail: string; // the deadline, the key=value, ...
  done?: number; // channel id of Done()
  line?: number;
  col?: number;
  g: number; // goroutine that created it
  t: number;
  cancelled?: { t: number; err: string; from: number; g: number };
  children: number[];
}

export class ContextModel {
  nodes = new Map<number, ContextNode>();
  // channel id -> goroutines blocked receiving from it right now
  private waiting = new Map<number, Set<number>>();
  private blockedOn = new Map<number, Set<number>>(); // goroutine -> channels

  reset(): void {
    this.nodes.clear();
    this.waiting.clear();
    this.blockedOn.clear();
  }

  add(events: TraceEvent[]): void {
    for (const e of events) {
      switch (e.ev) {
        case 'ctx_create': {
          const text = e.text ?? '';
          const colon = text.indexOf(': ');
          const node: ContextNode = {
            id: e.ctx as number,
            parent: e.parent as number,
            kind: colon < 0 ? text : text.slice(0, colon),
            detail: colon < 0 ? '' : text.slice(colon + 2),
            done: e.done as number | undefined,
            line: e.file === 'main.go' ? e.line : undefined,
            col: e.file === 'main.go' ? e.col : undefined,
            g: e.g,
            t: e.t,
            children: [],
          };
          this.nodes.set(node.id, node);
          this.nodes.get(node.parent)?.children.push(node.id);
          break;
        }
        case 'ctx_cancel': {
          const n = this.nodes.get(e.ctx as number);
          if (n && !n.cancelled)
            n.cancelled = { t: e.t, err: e.text ?? '', from: e.from as number, g: e.g };
          break;
        }
        case 'go_block':
          if (e.text === 'chan receive' && e.object) this.wait(e.g, e.object as number);
          break;
        case 'select_wait': // a select waits on every one of its channels
          this.wait(e.g, e.chan as number);
          break;
        case 'go_run':
        case 'go_end':
          for (const ch of this.blockedOn.get(e.g) ?? []) this.waiting.get(ch)?.delete(e.g);
          this.blockedOn.delete(e.g);
          break;
      }
    }
  }

  private wait(g: number, chan: number): void {
    let chans = this.blockedOn.get(g);
    if (!chans) this.blockedOn.set(g, (chans = new Set()));
    chans.add(chan);
    let set = this.waiting.get(chan);
    if (!set) this.waiting.set(chan, (set = new Set()));
    set.add(g);
  }

  /**
   * The context whose Done and Err `n` reports: itself when it has a Done channel; a value
   * context passes its parent's through (WithValue adds no cancellation of its own).
   */
  source(n: ContextNode): ContextNode | undefined {
    for (let c: ContextNode | undefined = n; c; c = this.nodes.get(c.parent)) {
      if (c.done) return c;
      if (c.kind !== 'value') return undefined;
    }
    return undefined;
  }

  /** Goroutines blocked right now receiving from the context's Done channel. */
  waiters(n: ContextNode): number[] {
    const done = this.source(n)?.done;
    return done ? [...(this.waiting.get(done) ?? [])] : [];
  }

  roots(): ContextNode[] {
    return [...this.nodes.values()].filter((n) => !this.nodes.has(n.parent));
  }
}

/** Renders the tree as nested lists; clicking a context reveals where it was created. */
export class ContextTreeView {
  readonly model = new ContextModel();
  private dirty = false;

  constructor(
    private host: HTMLElement,
    private onReveal: (line: number, col: number) => void,
    private onGoroutine: (g: number) => void,
  ) {
    this.render();
  }

  reset(): void {
    this.model.reset();
    this.schedule();
  }

  add(events: TraceEvent[]): void {
    this.model.add(events);
    this.schedule();
  }

  private schedule(): void {
    if (this.dirty) return;
    this.dirty = true;
    requestAnimationFrame(() => {
      this.dirty = false;
      this.render();
    });
  }

  private render(): void {
    this.host.replaceChildren();
    const roots = this.model.roots();
    if (roots.length === 0) {
      const p = document.createElement('p');
      p.className = 'empty';
      p.textContent = 'No contexts yet: they appear here as the program creates them.';
      this.host.append(p);
      return;
    }
    const ul = document.createElement('ul');
    ul.className = 'ctx-tree';
    for (const r of roots) ul.append(this.node(r));
    this.host.append(ul);
  }

  private node(n: ContextNode): HTMLLIElement {
    const li = document.createElement('li');
    const row = document.createElement('div');
    const src = this.model.source(n);
    const cancelled = src?.cancelled;
    row.className = 'ctx ' + (cancelled ? 'cancelled' : 'active');
    row.dataset.ctx = String(n.id);
    const kind = document.createElement('span');
    kind.className = 'ctx-kind';
    kind.textContent = n.kind;
    row.append(kind);
    if (n.detail) {
      const d = document.createElement('span');
      d.className = 'ctx-detail';
      d.textContent = n.detail.replace(/ m=\+[\d.]+$/, '');
      row.append(d);
    }
    const state = document.createElement('span');
    state.className = 'ctx-state';
    if (cancelled) {
      const origin = cancelled.from !== n.id ? this.model.nodes.get(cancelled.from) : undefined;
      state.textContent =
        `cancelled at ${formatNs(cancelled.t)}: ${cancelled.err}` +
        (origin ? ` (from its ancestor #${origin.id} ${origin.kind})` : '') +
        (cancelled.g > 0 ? ` by goroutine ${cancelled.g}` : ' by a timer');
    } else if (n.kind === 'background' || n.kind === 'todo') {
      state.textContent = 'never cancelled';
    } else if (n.kind === 'withoutCancel') {
      state.textContent = "detached: keeps its parent's values, never cancelled";
    } else if (n.kind === 'custom' && !n.done) {
      state.textContent = 'a Context type of the program: no Done channel';
    } else {
      state.textContent = 'active';
    }
    row.append(state);
    const waiters = this.model.waiters(n);
    if (waiters.length) {
      const w = document.createElement('span');
      w.className = 'ctx-waiters';
      w.textContent = 'Done awaited by ';
      waiters.forEach((g, i) => {
        const a = document.createElement('a');
        a.href = '#';
        a.textContent = `g${g}`;
        a.onclick = (e) => {
          e.preventDefault();
          e.stopPropagation();
          this.onGoroutine(g);
        };
        if (i) w.append(', ');
        w.append(a);
      });
      row.append(w);
    }
    row.title =
      `context #${n.id}, created by goroutine ${n.g} at ${formatNs(n.t)}` +
      (n.line ? ` (line ${n.line})` : '');
    if (n.line) row.onclick = () => this.onReveal(n.line!, n.col ?? 1);
    li.append(row);
    if (n.children.length) {
      const ul = document.createElement('ul');
      for (const c of n.children) {
        const child = this.model.nodes.get(c);
        if (child) ul.append(this.node(child));
      }
      li.append(ul);
    }
    return li;
  }
}
