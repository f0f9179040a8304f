// The browser end-to-end tests' common ground: dist/ served twice — by `vite preview` with
// the cross-origin isolation headers (multi-threaded engine) and by a plain static server
// without them, like a tutorial site (single-threaded engine) — Chromium, and page helpers.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { launchChromium, root, startPreview } from './browser.mjs';

const dist = join(root, 'dist');
const shots = join(root, 'tests/web/screenshots');
const VIEW = { width: 1400, height: 860 };

export const scenario = (id) => readFileSync(join(root, 'scenarios', id + '.go'), 'utf8');
export const FIRST = '01-inappropriate-context-bad';
export const LEAK = '04-goroutine-without-stop-plan-bad';
export const SELECT = '09-nondeterministic-select-bad';
export const WAITGROUP = '22-waitgroup-add-inside-bad';

let browser;
let preview; // the vite preview server: { url, close }
let plain; // the static server without isolation headers
export let isolatedBase; // http://127.0.0.1:PORT/ (vite preview)
export let plainBase; // http://127.0.0.1:PORT/ (plain server)

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const missing = []; // paths the plain server did not have

/** A static server of dist/ with no isolation headers (like most tutorial sites). */
function plainServer() {
  return http.createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(dist, path));
    try {
      if (!file.startsWith(dist + sep)) throw new Error('outside dist');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      missing.push(path);
      res.writeHead(404).end();
    }
  });
}

/** Registers the servers and the browser for the test file that calls it. */
export function servePages() {
  before(async () => {
    assert.ok(
      existsSync(join(dist, 'index.html')),
      'no dist/: run npx vite build --config web/vite.config.ts',
    );
    mkdirSync(shots, { recursive: true });
    preview = await startPreview();
    browser = await launchChromium();
    isolatedBase = preview.url;
    const r = await fetch(isolatedBase);
    assert.equal(r.headers.get('cross-origin-embedder-policy'), 'require-corp');
    plain = plainServer();
    await new Promise((res) => plain.listen(0, '127.0.0.1', res));
    plainBase = `http://127.0.0.1:${plain.address().port}/`;
  });

  after(async () => {
    if (missing.length) console.log(`# not found on the plain server: ${missing.join(', ')}`);
    await browser?.close();
    preview?.close();
    await new Promise((res) => (plain ? plain.close(res) : res()));
  });
}

// ---- Helpers ---------------------------------------------------------------------------------

/**
 * A fresh browser context (empty localStorage) with one page at `url`. Page errors are
 * collected in `errors`; console errors are printed. The context closes after the test.
 */
export async function open(t, url, { viewport = VIEW, engine = true, ...options } = {}) {
  const context = await browser.newContext({ viewport, ...options });
  t.after(() => context.close());
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') console.log(`# console error (${url}): ${m.text()}`);
  });
  await page.goto(url);
  if (engine) await page.waitForSelector('#engine[data-variant]', { timeout: 20000 });
  return { page, context, errors };
}

export const terminal = (page) =>
  page.evaluate(() => {
    const t = document.querySelector('#terminal');
    return { text: t.dataset.text, status: t.dataset.status };
  });

/** Clicks Run and waits for the status line of that run. */
export async function run(page, timeout = 20000) {
  await page.click('#run');
  await page.waitForFunction(() => document.querySelector('#terminal').dataset.status, null, {
    timeout,
  });
  return terminal(page);
}

export const setSource = (page, source) =>
  page.evaluate((s) => window.goroscope.editor.setValue(s), source);
export const editorValue = (page) => page.evaluate(() => window.goroscope.editor.value());
export const stats = (page) => page.evaluate(() => window.goroscope.timeline.stats());
export const monacoReady = (page) =>
  page.waitForSelector('#editor[data-monaco="ready"]', { timeout: 20000 });

/** Lets the timeline and the terminal paint, then saves tests/web/screenshots/<name>.png. */
export async function shot(page, name, options = {}) {
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  await page.waitForTimeout(100);
  await page.screenshot({ path: join(shots, name + '.png'), ...options });
}

/** A browser test: a minute at most (a page test takes seconds; CI is slow). */
export const e2e = (name, fn) => test(name, { timeout: 60000 }, fn);
