// Imports TypeScript modules of web/src in Node tests: bundles them with rolldown (Vite 8's
// bundler) into a temporary directory and imports the result.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'rolldown';
import { root } from './browser.mjs';

/** entries: { name: 'path/under/web/src.ts' } → { modules: { name: module }, cleanup() }. */
export async function importTs(entries) {
  const dir = mkdtempSync(join(tmpdir(), 'web-test-'));
  const input = Object.fromEntries(
    Object.entries(entries).map(([name, path]) => [name, join(root, 'web/src', path)]),
  );
  await build({
    input,
    output: {
      dir,
      format: 'esm',
      entryFileNames: '[name].mjs',
      chunkFileNames: '[name]-[hash].mjs',
    },
    logLevel: 'silent',
  });
  const modules = {};
  for (const name of Object.keys(entries))
    modules[name] = await import(pathToFileURL(join(dir, `${name}.mjs`)).href);
  return { modules, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
