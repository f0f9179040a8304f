// The playground page: chrome (toolbar, gallery, tabs, share and embed dialogs) around a
// Playground. Start-up order: restore state (link > localStorage > first scenario), start
// the engine worker, paint the textarea editor; Monaco arrives later.
import '../styles.css';
import { EngineClient } from '../engine/client';
import type { GoVersion, Speed } from '../engine/protocol';
import { ContextTreeView } from '../playground/contexts';
import { CodeEditor } from '../playground/editor';
import { FindingsView } from '../playground/findings';
import { Playground } from '../playground/playground';
import { setupTabs } from '../playground/tabs';
import { OutputTerminal } from '../playground/terminal';
import { decodeFragment, encodeState, ShareError, type SharedState } from '../share/link';
import { Timeline } from '../timeline/timeline';
import { scenarioById, scenarios } from './scenarios';
import { loadState, saveState, type AppState } from './state';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const params = new URLSearchParams(location.search);
const forced = params.get('engine');
const engine = new EngineClient(forced === 'mt' || forced === 'st' ? forced : undefined);

function notice(text: string): void {
  const n = $('notice');
  n.textContent = text + ' ';
  const close = document.createElement('button');
  close.textContent = '×';
  close.title = 'Dismiss';
  close.onclick = () => (n.hidden = true);
  n.append(close);
  n.hidden = false;
}

async function initialState(): Promise<{ state: AppState; replay?: string }> {
  const fallback: AppState = {
    source: scenarios[0]?.source ?? 'package main\n\nfunc main() {\n}\n',
    scenario: scenarios[0]?.id,
    seed: 1,
    go: '1.22',
    speed: 1,
    race: true,
  };
  let shared: SharedState | null = null;
  try {
    shared = await decodeFragment(location.hash.slice(1));
  } catch (e) {
    notice(
      `This share link cannot be opened: ${e instanceof ShareError ? e.message : String(e)}. ` +
        'Showing the default scenario instead.',
    );
    return { state: fallback };
  }
  if (shared) {
    if (shared.scenario !== undefined) {
      const sc = scenarioById(shared.scenario);
      if (!sc) {
        notice(
          `This link names a scenario that does not exist ("${shared.scenario}"). Showing the default scenario instead.`,
        );
        return { state: fallback };
      }
      return {
        state: {
          ...fallback,
          source: sc.source,
          scenario: sc.id,
          seed: shared.seed,
          go: shared.go,
          speed: shared.speed,
        },
      };
    }
    return {
      state: {
        source: shared.source ?? '',
        seed: shared.seed,
        go: shared.go,
        speed: shared.speed,
        race: true,
      },
      replay: shared.replay,
    };
  }
  return { state: loadState() ?? fallback };
}

const { state, replay: linkReplay } = await initialState();
let replay = linkReplay;

// Toolbar
const seedInput = $<HTMLInputElement>('seed');
const goSelect = $<HTMLSelectElement>('go');
const speedSelect = $<HTMLSelectElement>('speed');
const raceBox = $<HTMLInputElement>('race');
const scenarioSelect = $<HTMLSelectElement>('scenario');
seedInput.value = String(state.seed);
goSelect.value = state.go;
speedSelect.value = String(state.speed);
raceBox.checked = state.race;

const custom = document.createElement('option');
custom.value = '';
custom.textContent = '(your program)';
scenarioSelect.append(custom);
for (const s of scenarios) {
  const o = document.createElement('option');
  o.value = s.id;
  o.textContent = `${s.id.slice(0, 2)} · ${s.title}`;
  scenarioSelect.append(o);
}
scenarioSelect.value = state.scenario ?? '';

// Seeds are integers in [0, 2^53): exact in JavaScript and in share links.
const readSettings = () => ({
  seed: Math.min(Number.MAX_SAFE_INTEGER, Math.max(0, Math.floor(Number(seedInput.value) || 0))),
  go: goSelect.value as GoVersion,
  speed: (speedSelect.value === 'instant' ? 'instant' : Number(speedSelect.value)) as Speed,
  race: raceBox.checked,
});

// Panes
const editor = new CodeEditor($('editor'), state.source, {
  onChange: () => {
    replay = undefined;
    playground.scheduleCompile();
    persist();
    describeScenario();
  },
  onRun: () => run(),
});
const reveal = (line: number, col: number) => editor.reveal(line, col);
const terminal = new OutputTerminal($('terminal'));
terminal.hint('Press ▶ Run (Ctrl+Enter) to run the program; its output appears here.');
const timeline = new Timeline($('timeline'), { onReveal: reveal });
const showGoroutine = (g: number) => {
  selectTab('timeline');
  timeline.highlightGoroutine(g);
};
const contexts = new ContextTreeView($('contexts'), reveal, showGoroutine);
const findings = new FindingsView($('findings'), reveal, showGoroutine);
const playground = new Playground(
  engine,
  { editor, terminal, timeline, contexts, findings },
  readSettings,
);

// The state now lives in localStorage; a share link left in the address bar would bring
// back the shared program on reload and lose the edits.
function persist(): void {
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  saveState({
    source: editor.value(),
    scenario: scenarioSelect.value || undefined,
    ...readSettings(),
  });
}

function describeScenario(): void {
  const about = $('about');
  about.replaceChildren();
  const sc = scenarioById(scenarioSelect.value);
  if (!sc) return;
  const title = document.createElement('strong');
  title.textContent = sc.title + (editor.value() === sc.source ? '. ' : ' (edited). ');
  about.append(title, sc.shows + ' ');
  const expect = document.createElement('em');
  expect.textContent = 'Expect: ' + sc.expect;
  about.append(expect);
  const pair = sc.pair && scenarioById(sc.pair);
  if (pair) {
    const a = document.createElement('a');
    a.href = '#';
    a.textContent = ` → ${pair.title}`;
    a.onclick = (e) => {
      e.preventDefault();
      loadScenario(pair.id);
    };
    about.append(' ', a);
  }
}

function loadScenario(id: string): void {
  const sc = scenarioById(id);
  if (!sc) return;
  scenarioSelect.value = id;
  editor.setValue(sc.source);
  replay = undefined;
  describeScenario();
  persist();
  playground.scheduleCompile();
}

// Tabs
const selectTab = setupTabs(document, (name) => name === 'timeline' && timeline.resize());

// Running
const runButton = $<HTMLButtonElement>('run');
const stopButton = $<HTMLButtonElement>('stop');
const stepButton = $<HTMLButtonElement>('step');
let stepping = false;
playground.onStateChange = (running) => {
  stopButton.disabled = !running;
  runButton.disabled = false;
  document.body.classList.toggle('running', running);
  if (!running) {
    stepping = false;
    stepButton.textContent = 'Step';
  }
};
playground.onDone = (done) => {
  const n = playground.lastFindings.length;
  $('findings-count').textContent = n ? `(${n})` : '';
  if (done.diagnostics.length === 0 && n > 0 && done.exitCode !== 0) selectTab('findings');
};

function run(step = false): void {
  persist();
  stepping = step;
  stepButton.textContent = step ? 'Next step' : 'Step';
  playground.run({ replay, step });
}
runButton.onclick = () => run();
stopButton.onclick = () => playground.stop();
$('new-seed').onclick = () => {
  seedInput.value = String(1 + Math.floor(Math.random() * 1_000_000));
  replay = undefined;
  run();
};
stepButton.onclick = () => {
  if (stepping && playground.running) engine.step(20);
  else run(true);
};
speedSelect.onchange = () => {
  playground.setSpeed(readSettings().speed);
  persist();
};
for (const el of [seedInput, goSelect, raceBox])
  el.addEventListener('change', () => {
    replay = undefined;
    persist();
    if (el === goSelect) playground.scheduleCompile();
  });
scenarioSelect.onchange = () => loadScenario(scenarioSelect.value);
document.addEventListener('keydown', (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
    e.preventDefault();
    run();
  }
});

$('explore').onclick = async () => {
  const btn = $<HTMLButtonElement>('explore');
  btn.disabled = true;
  const r = await engine.explore(editor.value(), readSettings().go, 1, 20);
  btn.disabled = false;
  const failing = r.results.filter((x) => x.exit !== 0 || x.findings > 0);
  terminal.status(
    `seeds 1–20: ${failing.length} failed` +
      (failing.length ? ` (${failing.map((x) => x.seed).join(', ')})` : '') +
      ` · ${Math.round(r.ms)} ms on ${r.threads} thread${r.threads > 1 ? 's' : ''}`,
    failing.length > 0,
  );
};

// Share and embed
function dialog(title: string, text: string, value: string): void {
  $('dialog-title').textContent = title;
  $('dialog-text').textContent = text;
  const v = $<HTMLTextAreaElement>('dialog-value');
  v.value = value;
  $('dialog-copy').onclick = (e) => {
    e.preventDefault();
    v.select();
    void navigator.clipboard?.writeText(value).catch(() => {});
  };
  $<HTMLDialogElement>('dialog').showModal();
  v.select();
}

async function shareFragment(): Promise<string> {
  const s = readSettings();
  const sc = scenarioById(scenarioSelect.value);
  const unchanged = sc && sc.source === editor.value() && !replay;
  return encodeState(
    unchanged
      ? { scenario: sc.id, seed: s.seed, go: s.go, speed: s.speed }
      : { source: editor.value(), seed: s.seed, go: s.go, speed: s.speed, replay },
  );
}

$('share').onclick = async () => {
  const url = new URL(location.href);
  url.search = '';
  url.hash = await shareFragment();
  history.replaceState(null, '', url.href);
  void navigator.clipboard?.writeText(url.href).catch(() => {});
  dialog(
    'Share this run',
    'The link holds the program, the seed and the settings: it reproduces this exact run.',
    url.href,
  );
};

$('embed').onclick = async () => {
  const url = new URL('embed.html', location.href);
  url.hash = await shareFragment();
  const snippet = `<iframe src="${url.href}" width="100%" height="460" style="border:0" loading="lazy" title="goroscope"></iframe>`;
  dialog(
    'Embed this program',
    'Paste this into your page; it works without cross-origin isolation.',
    snippet,
  );
};

// Start
describeScenario();
void engine.ready.then((r) => {
  const badge = $('engine');
  badge.textContent =
    r.variant === 'mt' ? `engine: ${r.threads} threads` : 'engine: single-threaded';
  badge.dataset.variant = r.variant;
  void playground.compileNow();
});
engine.onError = (m) => notice(m);
// tests/bench/web_bench.mjs reads this mark: navigation to the first output of a run.
playground.onFirstOutput = () => performance.mark('goroscope:first-output');
if (replay) notice('This link carries a recorded schedule: Run replays it exactly.');

// For the end-to-end tests and for poking around in the console.
(window as unknown as { goroscope: unknown }).goroscope = { playground, engine, editor, timeline };
