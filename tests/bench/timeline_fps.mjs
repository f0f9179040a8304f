#!/usr/bin/env node
// Timeline frame-rate benchmark: opens bench-timeline.html (1,000 goroutines, 100,000 events,
// ~3 s of scripted zoom and pan) in headless Debian Chromium and prints window.benchResult.
// Without BASE_URL it serves the built dist/ itself (`vite preview` on a free port, so build
// first: web/scripts/build.sh); with one it measures that server (a preview or the dev server).
// Usage: node tests/bench/timeline_fps.mjs [BASE_URL] [--assert] [--screenshot FILE] [--dpr N]
//   --assert exits 1 below 30 fps; --screenshot saves the view after the run; --dpr N: pixel ratio.
// Headless Chromium with --disable-gpu rasterises the canvas in software: that is what we measure.
import { launchChromium, startPreview } from '../web/browser.mjs';

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
const server = args[0] === undefined ? await startPreview() : null;
const base = args[0] ?? server.url;
const url = new URL('bench-timeline.html', base.endsWith('/') ? base : `${base}/`).href;

let browser;
let code = 0;
try {
  browser = await launchChromium();
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
  await browser?.close();
  server?.close();
}
process.exit(code);
