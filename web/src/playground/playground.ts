// One playground: editor, engine, output and (optionally) timeline, context tree and
// findings sharing one run lifecycle. The full app and the embed both build on it.
import type { EngineClient } from '../engine/client';
import type { Diagnostic, Reply, RunSettings, Speed, TraceEvent } from '../engine/protocol';
import type { Timeline } from '../timeline/timeline';
import type { ContextTreeView } from './contexts';
import type { CodeEditor, Marker } from './editor';
import { explainRun, type FindingItem, type FindingsView } from './findings';
import { formatNs } from '../timeline/layout';
import type { OutputTerminal } from './terminal';

export interface Parts {
  editor: CodeEditor;
  terminal: OutputTerminal;
  timeline?: Timeline;
  contexts?: ContextTreeView;
  findings?: FindingsView;
}

export type RunDone = Extract<Reply, { type: 'done' }>;

const COMPILE_DELAY_MS = 400;
const HINT = 'Press ▶ Run (Ctrl+Enter) to run the program; its output appears here.';

function toMarkers(diags: Diagnostic[]): Marker[] {
  return diags.map((d) => ({
    line: d.line,
    col: d.col,
    endLine: d.endLine,
    endCol: d.endCol,
    message: d.kind.startsWith('vet:') ? `vet: ${d.message}` : d.message,
    severity: d.kind.startsWith('vet:') ? 'warning' : 'error',
  }));
}

export class Playground {
  running = false;
  lastDone?: RunDone;
  lastFindings: FindingItem[] = [];
  private vet: Diagnostic[] = [];
  private compileTimer?: ReturnType<typeof setTimeout>;
  private compileSeq = 0;
  onStateChange?: (running: boolean) => void;
  onDone?: (done: RunDone) => void;
  onFirstOutput?: () => void;

  constructor(
    private engine: EngineClient,
    private parts: Parts,
    private settings: () => RunSettings,
  ) {
    this.reset();
  }

  /** Forgets the run (stopping one in progress) and empties the panes: a new program shows. */
  reset(): void {
    if (this.running) {
      this.engine.cancel();
      this.running = false;
      this.onStateChange?.(false);
    }
    this.lastDone = undefined;
    this.lastFindings = [];
    this.clearPanes();
    this.parts.terminal.hint(HINT);
  }

  private clearPanes(): void {
    const { editor, terminal, timeline, contexts, findings } = this.parts;
    terminal.clear();
    timeline?.reset();
    contexts?.reset();
    findings?.show([], false);
    editor.setMarkers('run', []);
  }

  /** Compiles after the user stops typing; errors become editor markers. */
  scheduleCompile(): void {
    clearTimeout(this.compileTimer);
    this.compileTimer = setTimeout(() => void this.compileNow(), COMPILE_DELAY_MS);
  }

  async compileNow(): Promise<Diagnostic[]> {
    const seq = ++this.compileSeq;
    const diags = await this.engine.compile(this.parts.editor.value(), this.settings().go);
    if (seq !== this.compileSeq) return diags; // an older request
    this.vet = diags.filter((d) => d.kind.startsWith('vet:'));
    this.parts.editor.setMarkers('compile', toMarkers(diags));
    return diags;
  }

  run(opts: { replay?: string; step?: boolean } = {}): void {
    const { editor, terminal, timeline, contexts } = this.parts;
    const s = this.settings();
    clearTimeout(this.compileTimer);
    this.clearPanes();
    this.running = true;
    this.onStateChange?.(true);
    let stderr = '';
    let sawOutput = false;
    this.engine.run(
      { source: editor.value(), ...s, ...opts },
      {
        onBatch: (events: TraceEvent[], _virtualNs, gap) => {
          for (const e of events) {
            if (e.ev !== 'output') continue;
            const fd = e.fd as number;
            if (fd === 2) stderr += e.text ?? '';
            terminal.write(fd, e.text ?? '');
            if (!sawOutput) {
              sawOutput = true;
              this.onFirstOutput?.();
            }
          }
          if (gap) timeline?.markIdleGap(gap.fromNs, gap.toNs);
          timeline?.addEvents(events);
          contexts?.add(events);
        },
        onDone: (done) => this.finish(done, stderr, !!opts.replay),
      },
    );
  }

  private finish(done: RunDone, stderr: string, replayed: boolean): void {
    const { editor, terminal, timeline, findings } = this.parts;
    this.running = false;
    this.lastDone = done;
    timeline?.finish();
    // The run compiled the program as it is now: its diagnostics replace the editor's.
    this.vet = done.diagnostics.filter((d) => d.kind.startsWith('vet:'));
    editor.setMarkers('compile', toMarkers(done.diagnostics));
    if (!done.compiled) {
      this.lastFindings = [];
      findings?.show([], false);
      for (const d of done.diagnostics)
        terminal.write(2, `main.go:${d.line}:${d.col}: ${d.message}\n`);
      terminal.status('the program does not compile', true);
    } else {
      const items = explainRun(stderr, done.findings, this.vet);
      this.lastFindings = items;
      findings?.show(items, true, done.exitCode, done.findingCount);
      // Markers of the first hundred findings: more would bury the code.
      editor.setMarkers(
        'run',
        items.slice(0, 100).flatMap((i) => i.markers),
      );
      const what = done.stopped ? 'stopped' : `exit status ${done.exitCode}`;
      const n = done.findingCount;
      terminal.status(
        `${what} · ${formatNs(done.virtualNs)} of virtual time · ` +
          (replayed ? 'replayed schedule' : `seed ${done.seed}`) +
          (n ? ` · ${n} finding${n > 1 ? 's' : ''}` : ''),
        done.exitCode !== 0 && !done.stopped,
      );
    }
    this.onStateChange?.(false);
    this.onDone?.(done);
  }

  stop(): void {
    if (this.running) this.engine.stop();
  }

  setSpeed(speed: Speed): void {
    if (this.running) this.engine.setSpeed(speed);
  }
}
