// The output pane: xterm.js fitted to its host. stdout as written, stderr in red (panics,
// fatal errors, race reports), and a status line when the run ends.
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';

const RED = '\x1b[31m';
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

export class OutputTerminal {
  private term: Terminal;
  private fit = new FitAddon();
  private observer: ResizeObserver;
  private text = ''; // everything written, without colours (tests and copy)
  private atLineStart = true;
  private mirrorQueued = false;

  constructor(private host: HTMLElement) {
    this.term = new Terminal({
      convertEol: true,
      disableStdin: true,
      fontSize: 13,
      scrollback: 10000,
      theme: { background: '#1b1b1f', foreground: '#dddddd' },
    });
    this.term.loadAddon(this.fit);
    this.term.open(host);
    this.observer = new ResizeObserver(() => this.refit());
    this.observer.observe(host);
    this.refit();
  }

  private refit(): void {
    if (this.host.clientWidth > 0 && this.host.clientHeight > 0) this.fit.fit();
  }

  clear(): void {
    // A full reset (RIS) through the write queue, so writes still queued land before it.
    this.term.write('\x1bc');
    this.text = '';
    this.atLineStart = true;
    this.host.dataset.text = '';
    delete this.host.dataset.status; // the status line went with the reset
  }

  write(fd: number, data: string): void {
    if (!data) return;
    this.text += data;
    this.atLineStart = data.endsWith('\n');
    this.mirror();
    this.term.write(fd === 2 ? RED + data + RESET : data);
  }

  // data-text mirrors the output for tests, once per frame and at most its last 256 KB, so a
  // program printing megabytes does not make every write copy them.
  private mirror(): void {
    if (this.mirrorQueued) return;
    this.mirrorQueued = true;
    requestAnimationFrame(() => {
      this.mirrorQueued = false;
      this.host.dataset.text = this.text.slice(-256 * 1024);
    });
  }

  /** A dim line after the program's output, e.g. "exit status 2 · 1.5s virtual · seed 7". */
  status(line: string, error = false): void {
    const prefix = this.atLineStart ? '' : '\n';
    this.term.write(prefix + (error ? RED : DIM) + line + RESET + '\n');
    this.host.dataset.text = this.text.slice(-256 * 1024);
    this.host.dataset.status = line;
  }

  /** A dim line that is not program output (e.g. what to do on an empty page). */
  hint(line: string): void {
    this.term.write(DIM + line + RESET + '\n');
  }

  output(): string {
    return this.text;
  }

  destroy(): void {
    this.observer.disconnect();
    this.term.dispose();
  }
}
