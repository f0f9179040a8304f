// Unit and property tests of share links (web/src/share/link.ts, settings.ts): every run
// setting round-trips through both link forms, old links decode as they always did, and
// no fragment — arbitrary text, bytes or JSON — gets anything out but a ShareError.
// Run from the repository root: node --test tests/web/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { root } from './browser.mjs';
import { importTs } from './ts_modules.mjs';

let cleanup;
let link; // web/src/share/link.ts
let settings; // web/src/share/settings.ts

before(async () => {
  const t = await importTs({ link: 'share/link.ts', settings: 'share/settings.ts' });
  ({ link, settings } = t.modules);
  cleanup = t.cleanup;
});
after(() => cleanup?.());

const PROGRAM = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hi")\n}\n';
const TOKEN = 'BAEBAQEAAQ'; // a recorded schedule's text form (LEB128 in base64url)

// Each setting at values other than the default, one at a time.
const CHANGES = [
  ['race detector off', { race: false }],
  ['Go 1.21', { go: '1.21' }],
  ['seed 0', { seed: 0 }],
  ['seed 7', { seed: 7 }],
  ['the largest seed', { seed: Number.MAX_SAFE_INTEGER }],
  ['speed 0.25×', { speed: 0.25 }],
  ['speed 4×', { speed: 4 }],
  ['speed instant', { speed: 'instant' }],
  ['one processor', { procs: 1 }],
  ['8 processors', { procs: 8 }],
  ['a recorded schedule', { replay: TOKEN }],
  ['everything at once', { race: false, go: '1.21', seed: 42, speed: 4, procs: 2, replay: TOKEN }],
];

const roundTrip = async (state) => link.decodeFragment(await link.encodeState(state));

for (const [name, change] of CHANGES) {
  test(`a program link keeps ${name}`, async () => {
    const state = { source: PROGRAM, ...settings.DEFAULT_SETTINGS, replay: undefined, ...change };
    const fragment = await link.encodeState(state);
    assert.match(fragment, /^v3\./);
    assert.deepEqual(await link.decodeFragment(fragment), state);
  });
  test(`a scenario link keeps ${name}`, async () => {
    const state = {
      scenario: '07-loop',
      ...settings.DEFAULT_SETTINGS,
      replay: undefined,
      ...change,
    };
    const fragment = await link.encodeState(state);
    assert.match(fragment, /^scenario=07-loop(&|$)/);
    assert.deepEqual(await link.decodeFragment(fragment), state);
  });
}

test('a scenario link names only the settings that differ from the defaults', async () => {
  const at = (change) =>
    link.encodeState({ scenario: 's', ...settings.DEFAULT_SETTINGS, ...change });
  assert.equal(await at({}), 'scenario=s');
  assert.equal(await at({ race: false }), 'scenario=s&race=off');
  assert.equal(
    await at({ seed: 3, go: '1.21', speed: 'instant', race: false, procs: 1, replay: TOKEN }),
    `scenario=s&seed=3&go=1.21&speed=instant&race=off&procs=1&replay=${TOKEN}`,
  );
});

const deflated = (bytes) => deflateRawSync(bytes).toString('base64url');
/** A v1 or v2 fragment holding `json` as the Share button would write it. */
const payload = (version, json) => `${version}.${deflated(Buffer.from(JSON.stringify(json)))}`;

test('links without a race field open with the race detector on, as it then was', async () => {
  const old = { s: PROGRAM, seed: 5, go: '1.21', speed: 4 };
  assert.equal((await link.decodeFragment(payload('v1', old))).race, true);
  // v1 never had the field: one that somehow carries it still opens as v1 links always did.
  assert.equal((await link.decodeFragment(payload('v1', { ...old, race: false }))).race, true);
  assert.equal((await link.decodeFragment('scenario=x&seed=2')).race, true);
});

test('links made before processors open with one (goroutines then ran one at a time)', async () => {
  const old = { s: PROGRAM, seed: 5, go: '1.21', speed: 4, race: false };
  assert.equal((await link.decodeFragment(payload('v1', old))).procs, 1);
  assert.equal((await link.decodeFragment(payload('v2', { ...old, procs: 8 }))).procs, 1);
  assert.equal((await link.decodeFragment(payload('v3', { ...old, procs: 8 }))).procs, 8);
  await assert.rejects(link.decodeFragment(payload('v3', old)), /number of processors/);
  await assert.rejects(
    link.decodeFragment(payload('v3', { ...old, procs: 3 })),
    /number of processors/,
  );
  assert.equal((await link.decodeFragment('scenario=x&seed=2')).procs, 4);
});

test('a v2 link needs its race field', async () => {
  const state = { s: PROGRAM, seed: 5, go: '1.21', speed: 4 };
  assert.equal((await link.decodeFragment(payload('v2', { ...state, race: false }))).race, false);
  await assert.rejects(
    link.decodeFragment(payload('v2', state)),
    /race detector setting is not valid/,
  );
});

test('every link of tests/web/share_links.json decodes to its recorded state', async () => {
  const { links } = JSON.parse(readFileSync(join(root, 'tests/web/share_links.json'), 'utf8'));
  for (const l of links) {
    // Fields added after a link was made take the value they had then (scenario links:
    // today's defaults).
    const procs = l.fragment.startsWith('scenario=') ? 4 : 1;
    const want = { race: true, procs, replay: undefined, ...l.state };
    assert.deepEqual(await link.decodeFragment(l.fragment), want, l.fragment);
  }
});

test('bad settings in text form are named', async () => {
  const cases = [
    ['scenario=x&seed=-1', /seed/],
    ['scenario=x&seed=1e3', /seed/],
    ['scenario=x&seed=99999999999999999', /seed/],
    ['scenario=x&go=1.20', /Go version/],
    ['scenario=x&speed=2', /speed/],
    ['scenario=x&race=no', /race detector setting/],
    ['scenario=x&procs=3', /number of processors/],
    ['scenario=x&procs=four', /number of processors/],
    ['scenario=x&replay=a%20b', /recorded schedule/],
  ];
  for (const [fragment, why] of cases)
    await assert.rejects(
      link.decodeFragment(fragment),
      (e) => e instanceof link.ShareError && why.test(e.message),
      fragment,
    );
  assert.throws(() => settings.settingsFromText((n) => (n === 'seed' ? 7 : undefined)), /seed/);
});

// ---- Properties --------------------------------------------------------------------------

/** Fails unless decoding `fragment` resolves or rejects with a ShareError. */
async function decodesCleanly(fragment) {
  try {
    await link.decodeFragment(fragment);
  } catch (e) {
    if (!(e instanceof link.ShareError)) throw e;
  }
}

const RUNS = { numRuns: 300, plugins: [fc.timeout(2000)] }; // a decode that hangs fails
const versions = fc.constantFrom('v1', 'v2', 'v3');

test('arbitrary text as a fragment gets only a ShareError out', async () => {
  const prefixes = fc.constantFrom('', 'v1.', 'v2.', 'v3.', 'scenario=', 'scenario=x&');
  await fc.assert(
    fc.asyncProperty(prefixes, fc.string({ unit: 'binary', maxLength: 300 }), (p, s) =>
      decodesCleanly(p + s),
    ),
    RUNS,
  );
});

test('arbitrary bytes, raw or deflated, as a payload get only a ShareError out', async () => {
  await fc.assert(
    fc.asyncProperty(versions, fc.uint8Array({ maxLength: 2000 }), fc.boolean(), (v, b, zip) =>
      decodesCleanly(`${v}.${zip ? deflated(b) : Buffer.from(b).toString('base64url')}`),
    ),
    RUNS,
  );
});

test('arbitrary JSON, and state-shaped JSON with arbitrary fields, get only a ShareError out', async () => {
  const field = fc.oneof(
    fc.jsonValue(),
    fc.constantFrom('1.21', '1.22', 'instant', 0.25, 4, 1, true, false, TOKEN),
  );
  const stateLike = fc.record(
    {
      s: fc.oneof(fc.string(), fc.jsonValue()),
      seed: field,
      go: field,
      speed: field,
      race: field,
      procs: field,
      r: field,
    },
    { requiredKeys: [] },
  );
  await fc.assert(
    fc.asyncProperty(versions, fc.oneof(fc.jsonValue(), stateLike), (v, json) =>
      decodesCleanly(payload(v, json)),
    ),
    RUNS,
  );
});

test('a payload that inflates past 1 MB stops there with a ShareError', async () => {
  const bomb = 'v2.' + deflated(Buffer.alloc(64 * 1024 * 1024)); // 64 MB of zeros, ~64 KB
  assert.ok(bomb.length < 256 * 1024, `${bomb.length} characters`);
  const t0 = performance.now();
  await assert.rejects(
    link.decodeFragment(bomb),
    (e) => e instanceof link.ShareError && /1 MB/.test(e.message),
  );
  assert.ok(performance.now() - t0 < 2000, `${performance.now() - t0} ms`);
});

const settingsArb = fc.record({
  seed: fc.maxSafeNat(),
  go: fc.constantFrom('1.21', '1.22'),
  speed: fc.constantFrom(0.25, 1, 4, 'instant'),
  race: fc.boolean(),
  procs: fc.constantFrom(1, 2, 4, 8),
  replay: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,300}$/), { nil: undefined }),
});

test('encode → decode gives back any valid program state', async () => {
  const source = fc.oneof(fc.string({ unit: 'binary', maxLength: 2000 }), fc.string());
  await fc.assert(
    fc.asyncProperty(source, settingsArb, async (s, rest) => {
      const state = { source: s, ...rest };
      assert.deepEqual(await roundTrip(state), state);
    }),
    RUNS,
  );
});

test('encode → decode gives back any valid scenario state', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
      settingsArb,
      async (id, rest) => {
        const state = { scenario: id, ...rest };
        assert.deepEqual(await roundTrip(state), state);
      },
    ),
    RUNS,
  );
});
