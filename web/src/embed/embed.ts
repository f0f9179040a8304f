// The embed page (for iframes on other sites): editor, Run, output and timeline tabs.
// The program comes from the fragment (a share link's state) or, for <pre class="goroscope">
// blocks, from the parent page by postMessage (public/goroscope-embed.js). Works without
// cross-origin isolation: the worker then loads the single-threaded engine.
import '../styles.css';
import { EngineClient } from '../engine/client';
import { CodeEditor } from '../playground/editor';
import { Playground } from '../playground/playground';
import { setupTabs } from '../playground/tabs';
import { OutputTerminal } from '../playground/terminal';
import { decodeFragment, encodeState, ShareError, type SharedState } from '../share/link';
import { Timeline } from '../timeline/timeline';
import { scenarioById, scenarios } from '../app/scenarios';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let shared: SharedState | null = null;
try {
  shared = await decodeFragment(location.hash.slice(1));
} catch (e) {
  const n = $('notice');
  n.textContent = `This embed link cannot be opened: ${e instanceof ShareError ? e.message : String(e)}.`;
  n.hidden = false;
}
const scenario = shared?.scenario !== undefined ? scenarioById(shared.scenario) : undefined;
let seed = shared?.seed ?? 1;
let replay = shared?.replay;
const settings = () =>
  ({ seed, go: shared?.go ?? '1.22', speed: shared?.speed ?? 1, race: true }) as const;

const engine = new EngineClient();
const editor = new CodeEditor(
  $('editor'),
  scenario?.source ?? shared?.source ?? scenarios[0]?.source ?? '',
  {
    onChange: () => {
      replay = undefined; // a recorded schedule belongs to the program it was recorded with
      playground.scheduleCompile();
    },
    onRun: () => run(),
  },
);
const terminal = new OutputTerminal($('terminal'));
terminal.hint('Press ▶ Run (Ctrl+Enter) to run the program; its output appears here.');
const timeline = new Timeline($('timeline'), {
  onReveal: (l: number, c: number) => editor.reveal(l, c),
});
const playground = new Playground(engine, { editor, terminal, timeline }, settings);

setupTabs(document, (name) => name === 'timeline' && timeline.resize());

function run(): void {
  $('seed-label').textContent = `seed ${seed}`;
  playground.run({ replay });
}
$('run').onclick = () => run();
$('stop').onclick = () => playground.stop();
$('new-seed').onclick = () => {
  seed = 1 + Math.floor(Math.random() * 1_000_000);
  replay = undefined;
  run();
};
playground.onStateChange = (running) => {
  $<HTMLButtonElement>('stop').disabled = !running;
};
// Opens the program as it is now (edited, or sent by a <pre> block) in the full playground.
$<HTMLAnchorElement>('open').onclick = async (e) => {
  e.preventDefault();
  const fragment = await encodeState({
    source: editor.value(),
    seed,
    go: settings().go,
    speed: settings().speed,
    replay,
  });
  window.open(new URL('index.html#' + fragment, location.href).href, '_blank', 'noopener');
};

// A <pre class="goroscope"> block sends its code (public/goroscope-embed.js).
window.addEventListener('message', (m: MessageEvent) => {
  const d = m.data as { goroscope?: string; source?: string; seed?: number } | null;
  if (m.source !== window.parent || d?.goroscope !== 'source' || typeof d.source !== 'string')
    return;
  editor.setValue(d.source);
  replay = undefined;
  if (Number.isSafeInteger(d.seed) && d.seed! >= 0) seed = d.seed!;
  $('seed-label').textContent = `seed ${seed}`;
  playground.scheduleCompile();
});
window.parent?.postMessage({ goroscope: 'ready' }, '*');
$('seed-label').textContent = `seed ${seed}`;

// For the end-to-end tests and for poking around in the console.
(window as unknown as { goroscope: unknown }).goroscope = { playground, engine, editor, timeline };
