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
import type { RunSettings } from '../engine/protocol';
import { decodeFragment, encodeState, ShareError, type SharedState } from '../share/link';
import { checkReplay, checkSettings, DEFAULT_SETTINGS, settingsFromText } from '../share/settings';
import { Timeline } from '../timeline/timeline';
import { scenarioById, scenarios } from '../app/scenarios';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function notice(text: string): void {
  const n = $('notice');
  n.textContent = text;
  n.hidden = false;
}

let shared: SharedState | null = null;
try {
  shared = await decodeFragment(location.hash.slice(1));
} catch (e) {
  notice(`This embed link cannot be opened: ${e instanceof ShareError ? e.message : String(e)}.`);
}
const scenario = shared?.scenario !== undefined ? scenarioById(shared.scenario) : undefined;
// The link's settings alone (checkSettings knows every one of them).
let settings: RunSettings = shared ? checkSettings({ ...shared }) : DEFAULT_SETTINGS;
let replay = shared?.replay;

const engine = new EngineClient();
const editor = new CodeEditor(
  $('editor'),
  scenario?.source ?? shared?.source ?? scenarios[0]?.source ?? '',
  {
    onChange: () => {
      replay = undefined; // a recorded schedule belongs to the program it was recorded with
      showSettings();
      playground.scheduleCompile();
    },
    onRun: () => run(),
  },
);
const terminal = new OutputTerminal($('terminal'));
const timeline = new Timeline($('timeline'), {
  onReveal: (l: number, c: number) => editor.reveal(l, c),
});
const playground = new Playground(engine, { editor, terminal, timeline }, () => settings);

setupTabs(document, (name) => name === 'timeline' && timeline.resize());

// The embed has no settings controls: one line says what differs from a fresh playground.
function showSettings(): void {
  const parts = [replay ? 'recorded schedule' : `seed ${settings.seed}`];
  if (settings.go !== DEFAULT_SETTINGS.go) parts.push(`Go ${settings.go}`);
  if (settings.speed !== DEFAULT_SETTINGS.speed)
    parts.push(settings.speed === 'instant' ? 'instant' : `${settings.speed}×`);
  if (!settings.race) parts.push('race detector off');
  if (settings.procs !== DEFAULT_SETTINGS.procs)
    parts.push(settings.procs === 1 ? '1 processor' : `${settings.procs} processors`);
  $('seed-label').textContent = parts.join(' · ');
}

function run(): void {
  showSettings();
  playground.run({ replay });
}
$('run').onclick = () => run();
$('stop').onclick = () => playground.stop();
$('new-seed').onclick = () => {
  settings = { ...settings, seed: 1 + Math.floor(Math.random() * 1_000_000) };
  replay = undefined;
  run();
};
playground.onStateChange = (running) => {
  $<HTMLButtonElement>('stop').disabled = !running;
};
// Opens the program as it is now (edited, or sent by a <pre> block) in the full playground.
$<HTMLAnchorElement>('open').onclick = async (e) => {
  e.preventDefault();
  const fragment = await encodeState({ source: editor.value(), ...settings, replay });
  window.open(new URL('index.html#' + fragment, location.href).href, '_blank', 'noopener');
};

// A <pre class="goroscope"> block sends its code and its data- attributes as text
// (public/goroscope-embed.js); they are checked like a link's settings.
window.addEventListener('message', (m: MessageEvent) => {
  const d = m.data as { goroscope?: string; source?: string; settings?: unknown } | null;
  if (m.source !== window.parent || d?.goroscope !== 'source' || typeof d.source !== 'string')
    return;
  const attrs = (d.settings ?? {}) as Record<string, unknown>;
  editor.setValue(d.source);
  try {
    settings = settingsFromText((name) => attrs[name]);
    replay = checkReplay(attrs.replay);
  } catch (e) {
    settings = DEFAULT_SETTINGS;
    replay = undefined;
    notice(`This block's data- attributes cannot be used: ${(e as Error).message}.`);
  }
  showSettings();
  playground.scheduleCompile();
});
window.parent?.postMessage({ goroscope: 'ready' }, '*');
showSettings();

// For the end-to-end tests and for poking around in the console.
(window as unknown as { goroscope: unknown }).goroscope = { playground, engine, editor, timeline };
