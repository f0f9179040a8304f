#!/usr/bin/env node
// Timeline frame-rate benchmark: opens bench-timeline.html (1,000 goroutines, 100,000 events,
// ~3 s of scripted zoom and pan) in headless Debian Chromium and prints window.benchResult.
// It builds and serves nothing: start `npx vite preview` (or the dev server) first.
// Usage: node tests/bench/timeline_fps.mjs [BASE_URL] [--assert] [--screenshot FILE] [--dpr N]
//   BASE_URL defaults to http://localhost:4173/ (vite preview); --assert exits 1 below 30 fps.
// Headless Chromium with --disable-gpu rasterises the canvas in software: that is what we measure.
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const assert = args.includes('--assert');
if (assert) args.splice(args.indexOf('--assert'), 1);
const screenshot = flag('--screenshot');
const dpr = Number(flag('--dpr') ?? 1);
const base = args[0] ?? 'http://localhost:4173/';
const url = new URL('bench-timeline.html', base.endsWith('/') ? base : `${base}/`).href;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});
let code = 0;
try {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: dpr,
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      errors.push(m.text());
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && !res.url().endsWith('/favicon.ico')) {
      errors.push(`${res.status()} ${res.url()}`);
    }
  });
  await page.goto(url);
  await page.waitForFunction(() => window.benchResult !== undefined, null, { timeout: 120_000 });
  const r = await page.evaluate(() => window.benchResult);
  if (screenshot) await page.screenshot({ path: screenshot });
  console.log(`timeline benchmark (${url}, dpr ${dpr})`);
  console.log(
    `  ${r.fps} fps over ${r.frames} frames, p95 frame ${r.p95FrameMs} ms, ` +
      `draw avg ${r.drawMsAvg} ms / p95 ${r.drawMsP95} ms`,
  );
  console.log(
    `  ${r.lanes} lanes, ${r.events} events, ${r.arrows} arrows, ${r.leaked} leaked, ` +
      `${r.blockedForever} blocked forever, ${r.cancels} cancels; ingest ${r.ingestMs} ms`,
  );
  console.log(JSON.stringify(r));
  if (errors.length) {
    console.error('page errors:\n  ' + errors.join('\n  '));
    code = 1;
  }
  if (assert && !(r.fps >= 30)) {
    console.error(`FAIL: ${r.fps} fps < 30`);
    code = 1;
  }
} finally {
  await browser.close();
}
process.exit(code);
