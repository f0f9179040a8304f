// The playground page: chrome (toolbar, program list, tabs, share and embed dialogs) around
// a Playground. Start-up order: restore state (localStorage, else the first scenario), open
// the link if there is one, start the engine worker, paint the textarea editor; Monaco later.
import '../styles.css';
import { EngineClient } from '../engine/client';
import type { GoVersion, Procs, RunSettings, Speed } from '../engine/protocol';
import { ContextTreeView } from '../playground/contexts';
import { CodeEditor } from '../playground/editor';
import { FindingsView } from '../playground/findings';
import { Playground } from '../playground/playground';
import { setupTabs } from '../playground/tabs';
import { OutputTerminal } from '../playground/terminal';
import { decodeFragment, encodeState, ShareError, type SharedState } from '../share/link';
import { DEFAULT_SETTINGS } from '../share/settings';
import { Timeline } from '../timeline/timeline';
import { keptIndex, listKeptPrograms, programTitle, worthKeeping } from './my_programs';
import { scenarioById, scenarios } from './scenarios';
import {
  keepProgram,
  keptPrograms,
  loadState,
  saveState,
  takeKeptProgram,
  type AppState,
} from './state';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const params = new URLSearchParams(location.search);
const forced = params.get('engine');
const engine = new EngineClient(forced === 'mt' || forced === 'st' ? forced : undefined);

/** Shows a message above the panes, with an optional action button and a dismiss button. */
function notice(text: string, action?: { label: string; run: () => void }): void {
  const n = $('notice');
  n.textContent = text + ' ';
  if (action) {
    const act = document.createElement('button');
    act.textContent = action.label;
    act.onclick = () => {
      n.hidden = true;
      action.run();
    };
    n.append(act, ' ');
  }
  const close = document.createElement('button');
  close.textContent = '×';
  close.title = 'Dismiss';
  close.onclick = () => (n.hidden = true);
  n.append(close);
  n.hidden = false;
}

const fallback: AppState = {
  source: scenarios[0]?.source ?? 'package main\n\nfunc main() {\n}\n',
  scenario: scenarios[0]?.id,
  ...DEFAULT_SETTINGS,
};

/** What a fragment asks for: a program to show, a reason it cannot be opened, or nothing. */
type LinkRequest = { state: AppState; replay?: string } | { problem: string } | null;

async function readLink(fragment: string): Promise<LinkRequest> {
  let shared: SharedState | null;
  try {
    shared = await decodeFragment(fragment);
  } catch (e) {
    const why = e instanceof ShareError ? e.message : String(e);
    return { problem: `This share link cannot be opened: ${why}.` };
  }
  if (!shared) return null;
  const { source, scenario, replay, ...settings } = shared;
  if (source !== undefined) return { state: { source, ...settings }, replay };
  const sc = scenarioById(scenario ?? '');
  if (!sc) return { problem: `This link names a scenario that does not exist ("${scenario}").` };
  return { state: { source: sc.source, scenario: sc.id, ...settings }, replay };
}

// The page opens on the visitor's last program; a link in the address bar then replaces it
// exactly as a link pasted later does (openLink), so both keep the visitor's work alike.
const saved = loadState();
const initial = saved ?? fallback;
const initialLink = await readLink(location.hash.slice(1));
let replay: string | undefined;

// Toolbar
const seedInput = $<HTMLInputElement>('seed');
const goSelect = $<HTMLSelectElement>('go');
const speedSelect = $<HTMLSelectElement>('speed');
const raceBox = $<HTMLInputElement>('race');
const procsSelect = $<HTMLSelectElement>('procs');
const scenarioSelect = $<HTMLSelectElement>('scenario');

// The program list: the visitor's own program, My programs (when there are any), the gallery.
const custom = document.createElement('option');
custom.value = '';
custom.textContent = '(your program)';
const myPrograms = document.createElement('optgroup');
myPrograms.label = 'My programs';
const gallery = document.createElement('optgroup');
gallery.label = 'Scenarios';
for (const s of scenarios) {
  const o = document.createElement('option');
  o.value = s.id;
  o.textContent = `${s.id.slice(0, 2)} · ${s.title}`;
  gallery.append(o);
}
scenarioSelect.append(custom, gallery);

function listMyPrograms(): void {
  const kept = keptPrograms();
  listKeptPrograms(myPrograms, kept);
  if (kept.length === 0) myPrograms.remove();
  else if (!myPrograms.isConnected) scenarioSelect.insertBefore(myPrograms, gallery);
}

// The scenario the program shown came from (edited or not); the list shows it.
let shownScenario: string | undefined;

function showSettings(s: AppState): void {
  seedInput.value = String(s.seed);
  goSelect.value = s.go;
  speedSelect.value = String(s.speed);
  raceBox.checked = s.race;
  procsSelect.value = String(s.procs);
  shownScenario = scenarioById(s.scenario ?? '')?.id;
  scenarioSelect.value = shownScenario ?? '';
}
listMyPrograms();
showSettings(initial);

// Seeds are integers in [0, 2^53): exact in JavaScript and in share links.
const readSettings = (): RunSettings => ({
  seed: Math.min(Number.MAX_SAFE_INTEGER, Math.max(0, Math.floor(Number(seedInput.value) || 0))),
  go: goSelect.value as GoVersion,
  speed: (speedSelect.value === 'instant' ? 'instant' : Number(speedSelect.value)) as Speed,
  race: raceBox.checked,
  procs: Number(procsSelect.value) as Procs,
});

// Panes
const editor = new CodeEditor($('editor'), initial.source, {
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

const currentState = (): AppState => ({
  source: editor.value(),
  scenario: shownScenario,
  ...readSettings(),
});

// The state now lives in localStorage; a share link left in the address bar would bring
// back the shared program on reload instead of the edited one.
function persist(): void {
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  saveState(currentState());
}

/**
 * Shows `next` (with its recorded schedule) instead of the current program, as on a fresh
 * page; the current one goes to My programs first if it is the visitor's work. Returns
 * the program that went there.
 */
function replaceProgram(next: AppState, nextReplay?: string): AppState | undefined {
  const current = currentState();
  const kept = worthKeeping(current, next) && keepProgram(current) ? current : undefined;
  listMyPrograms();
  showSettings(next);
  editor.setValue(next.source); // Monaco's change event runs onChange, which drops `replay`
  replay = nextReplay;
  saveState(next);
  playground.reset();
  $('findings-count').textContent = '';
  describeScenario();
  playground.scheduleCompile();
  return kept;
}

/** Goes back to kept program `index` (the current one takes its place in My programs). */
function restoreKept(index: number): void {
  const program = takeKeptProgram(index);
  if (program) replaceProgram(program);
  $('notice').hidden = true;
}

const keptNotice = (text: string, kept: AppState) =>
  notice(
    `${text} Yours, “${programTitle(kept)}”, is kept under “My programs” in the program list.`,
    {
      label: 'Back to my program',
      run: () => restoreKept(0),
    },
  );

/** Opens what a link asks for; `instead` says what the page shows when it cannot. */
function openLink(link: LinkRequest, instead: string): void {
  if (!link) return;
  if ('problem' in link) return notice(`${link.problem} ${instead}`);
  const kept = replaceProgram(link.state, link.replay);
  const schedule = link.replay ? ' It carries a recorded schedule: Run replays it exactly.' : '';
  if (kept) keptNotice(`You opened a shared program.${schedule}`, kept);
  else if (schedule) notice(schedule.trim());
  else $('notice').hidden = true;
}

function describeScenario(): void {
  const about = $('about');
  about.replaceChildren();
  const sc = scenarioById(shownScenario ?? '');
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
  if (!sc) {
    scenarioSelect.value = shownScenario ?? ''; // "(your program)" names no program to open
    return;
  }
  const kept = replaceProgram({ ...readSettings(), source: sc.source, scenario: sc.id });
  if (kept) keptNotice('The gallery opened a scenario.', kept);
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
for (const el of [seedInput, goSelect, raceBox, procsSelect])
  el.addEventListener('change', () => {
    replay = undefined;
    persist();
    if (el === goSelect) playground.scheduleCompile();
  });
scenarioSelect.onchange = () => {
  const index = keptIndex(scenarioSelect.value);
  if (index === undefined) loadScenario(scenarioSelect.value);
  else restoreKept(index);
};
document.addEventListener('keydown', (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
    e.preventDefault();
    run();
  }
});

$('explore').onclick = async () => {
  const btn = $<HTMLButtonElement>('explore');
  btn.disabled = true;
  const { go, procs } = readSettings();
  const r = await engine.explore(editor.value(), go, procs, 1, 20);
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

// Every setting travels, so the link opens to this exact run (tests/web/e2e_links.test.mjs).
async function shareFragment(): Promise<string> {
  const sc = scenarioById(shownScenario ?? '');
  const unchanged = sc?.source === editor.value();
  return encodeState({
    ...readSettings(),
    ...(unchanged ? { scenario: sc.id } : { source: editor.value() }),
    replay,
  });
}

$('share').onclick = async () => {
  const url = new URL(location.href);
  url.search = '';
  url.hash = await shareFragment();
  history.replaceState(null, '', url.href);
  void navigator.clipboard?.writeText(url.href).catch(() => {});
  dialog(
    'Share this run',
    'The link holds the program, the seed and every other setting (Go version, speed, race detector, processors): it reproduces this exact run.',
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
openLink(
  initialLink,
  saved ? 'Showing your last program instead.' : 'Showing the default scenario instead.',
);
// A link pasted into the open tab opens as on a fresh load (Share and persist() change the
// address with replaceState, which fires no hashchange). Of links pasted in quick
// succession the last one wins: an earlier one still decoding is dropped.
window.addEventListener('hashchange', async () => {
  const fragment = location.hash.slice(1);
  const link = await readLink(fragment);
  if (location.hash.slice(1) === fragment) openLink(link, 'The program shown is unchanged.');
});
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

// For the end-to-end tests and for poking around in the console.
(window as unknown as { goroscope: unknown }).goroscope = { playground, engine, editor, timeline };
