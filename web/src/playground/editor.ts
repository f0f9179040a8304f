// The code editor: a plain textarea at first paint, replaced by Monaco once it has loaded
// (lazily). Markers (compile errors, run findings) and reveal work on both.
import type * as Monaco from 'monaco-editor/editor';

export interface Marker {
  line: number;
  col: number;
  endLine?: number;
  endCol?: number;
  message: string;
  severity: 'error' | 'warning' | 'info';
}

export type MarkerOwner = 'compile' | 'run';

export class CodeEditor {
  private textarea: HTMLTextAreaElement;
  private editor?: Monaco.editor.IStandaloneCodeEditor;
  private monaco?: typeof Monaco;
  private markers: Record<MarkerOwner, Marker[]> = { compile: [], run: [] };
  readonly loaded: Promise<void>;

  constructor(
    private host: HTMLElement,
    initial: string,
    private opts: { onChange?: () => void; onRun?: () => void; readOnly?: boolean } = {},
  ) {
    this.textarea = document.createElement('textarea');
    this.textarea.className = 'code-fallback';
    this.textarea.spellcheck = false;
    this.textarea.value = initial;
    this.textarea.readOnly = !!opts.readOnly;
    this.textarea.setAttribute('aria-label', 'Go source');
    this.textarea.addEventListener('input', () => opts.onChange?.());
    this.textarea.addEventListener('keydown', (e) => {
      if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
        e.preventDefault();
        e.stopPropagation(); // the page's own Ctrl+Enter would run it a second time
        opts.onRun?.();
      }
    });
    host.appendChild(this.textarea);
    this.loaded = this.loadMonaco();
  }

  private async loadMonaco(): Promise<void> {
    // Let the first paint and the engine start before the big download.
    await new Promise((r) => setTimeout(r, 0));
    const { monaco } = await import('./monaco');
    this.monaco = monaco;
    const value = this.textarea.value;
    this.textarea.remove();
    this.editor = monaco.editor.create(this.host, {
      value,
      language: 'go',
      theme: 'vs-dark',
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 14,
      tabSize: 4,
      insertSpaces: false,
      scrollBeyondLastLine: false,
      readOnly: this.opts.readOnly,
      glyphMargin: true,
      fixedOverflowWidgets: true,
    });
    this.editor.onDidChangeModelContent(() => this.opts.onChange?.());
    this.editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => this.opts.onRun?.());
    this.applyMarkers();
    this.host.dataset.monaco = 'ready';
  }

  value(): string {
    return this.editor ? this.editor.getValue() : this.textarea.value;
  }

  setValue(source: string): void {
    if (this.editor) this.editor.setValue(source);
    else this.textarea.value = source;
  }

  setMarkers(owner: MarkerOwner, markers: Marker[]): void {
    this.markers[owner] = markers;
    this.applyMarkers();
  }

  getMarkers(): Marker[] {
    return [...this.markers.compile, ...this.markers.run];
  }

  private applyMarkers(): void {
    const m = this.monaco;
    const model = this.editor?.getModel();
    this.host.dataset.markers = String(this.getMarkers().length);
    if (!m || !model) return;
    const sev = {
      error: m.MarkerSeverity.Error,
      warning: m.MarkerSeverity.Warning,
      info: m.MarkerSeverity.Info,
    };
    for (const owner of ['compile', 'run'] as MarkerOwner[])
      m.editor.setModelMarkers(
        model,
        owner,
        this.markers[owner].map((k) => ({
          startLineNumber: k.line,
          startColumn: k.col,
          endLineNumber: k.endLine ?? k.line,
          endColumn: k.endCol ?? model.getLineMaxColumn(Math.min(k.line, model.getLineCount())),
          message: k.message,
          severity: sev[k.severity],
        })),
      );
  }

  /** Scrolls to a line and puts the cursor there. */
  reveal(line: number, col = 1): void {
    if (this.editor) {
      this.editor.revealLineInCenter(line);
      this.editor.setPosition({ lineNumber: line, column: col });
      this.editor.focus();
      return;
    }
    const lines = this.textarea.value.split('\n');
    let offset = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
    this.textarea.focus();
    this.textarea.setSelectionRange(offset + col - 1, offset + col - 1);
  }
}
