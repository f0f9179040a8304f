#!/usr/bin/env node
// Web targets, measured on the built app (dist/, run web/scripts/build.sh first) under
// `vite preview` in headless Debian Chromium: time from navigation to the first output of
// the default scenario (Run clicked as soon as the engine is ready; median of 5 cold page
// loads), when Monaco arrives, and the gzipped sizes of each engine variant and of the
// JavaScript the first paint needs. Usage: node tests/bench/web_bench.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchChromium, root, startPreview } from '../web/browser.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

const server = await startPreview();
const browser = await launchChromium();
const rows = [];
try {
  for (const variant of ['mt', 'st']) {
    const first = [];
    const ready = [];
    const monaco = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
      const page = await context.newPage();
      await page.goto(`${server.url}?engine=${variant}`);
      await page.waitForSelector('#engine[data-variant]');
      ready.push(await page.evaluate(() => performance.now()));
      await page.click('#run');
      await page.waitForFunction(
        () => performance.getEntriesByName('goroscope:first-output').length,
      );
      first.push(
        await page.evaluate(
          () => performance.getEntriesByName('goroscope:first-output')[0].startTime,
        ),
      );
      await page.waitForSelector('#editor[data-monaco="ready"]');
      monaco.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
    rows.push([
      `first output, ${variant} engine (target < 2000 ms)`,
      `${median(first).toFixed(0)} ms`,
    ]);
    rows.push([`engine ready, ${variant}`, `${median(ready).toFixed(0)} ms`]);
    rows.push([
      `Monaco ready (lazy, after first paint), ${variant} page`,
      `< ${median(monaco).toFixed(0)} ms`,
    ]);
  }
} finally {
  await browser.close();
  server.close();
}

const engine = `${root}dist/engine/`;
for (const v of ['mt', 'st'])
  rows.push([
    `engine ${v}: wasm + loader${v === 'mt' ? ' + pthread worker' : ''}, gzip (target wasm < 1 MB)`,
    `${kb(gz(`${engine}goroscope_${v}.wasm`))} + ${kb(
      gz(`${engine}goroscope_${v}.js`) + (v === 'mt' ? gz(`${engine}goroscope_mt.worker.js`) : 0),
    )}`,
  ]);
// The JavaScript and CSS the playground page loads before Monaco: index.html's own imports.
const html = readFileSync(`${root}dist/index.html`, 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map(
  (m) => m[1],
);
rows.push([
  'first-paint JS + CSS of the page, gzip (Monaco excluded)',
  kb(initial.reduce((n, f) => n + gz(`${root}dist/${f}`), 0)),
]);
const monacoChunk = readdirSync(`${root}dist/assets`).find((f) => /^monaco-.*\.js$/.test(f));
if (monacoChunk)
  rows.push(['Monaco chunk, gzip (loaded lazily)', kb(gz(`${root}dist/assets/${monacoChunk}`))]);

const width = Math.max(...rows.map((r) => r[0].length));
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
