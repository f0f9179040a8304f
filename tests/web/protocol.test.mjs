// Property tests of the worker protocol (web/src/engine/protocol.ts, validate.ts) in both
// directions: hostile requests into the worker (worker.ts, over a fake engine that records
// what it is called with) and hostile replies into the page (client.ts, over a fake Worker).
// Neither side may throw, pass a bad value on, or act on a stale run. Run: node --test tests/web/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { importTs } from './ts_modules.mjs';

// ---- Fakes: a worker global scope and an engine for worker.ts, a Worker for client.ts --------

const posted = []; // the worker's replies
const calls = []; // [method, ...args] of every engine call
const misuse = []; // engine calls with arguments the real engine (embind) could not take
const escaped = []; // errors thrown out of a handler or left unhandled in a promise

const safeInt = (v) => Number.isSafeInteger(v) && v >= 0;
const PROCS = [1, 2, 4, 8];
const ARGUMENT_CHECKS = {
  compile: (source, go) => typeof source === 'string' && (go === 121 || go === 122),
  start: (source, go, seed, replay, race, procs) =>
    typeof source === 'string' &&
    (go === 121 || go === 122) &&
    safeInt(seed) &&
    typeof replay === 'string' &&
    /^[A-Za-z0-9_.-]*$/.test(replay) &&
    typeof race === 'boolean' &&
    PROCS.includes(procs),
  explore: (source, go, procs, first, count) =>
    typeof source === 'string' &&
    (go === 121 || go === 122) &&
    PROCS.includes(procs) &&
    safeInt(first) &&
    Number.isInteger(count) &&
    count >= 1 &&
    count <= 1000,
};

/** The engine of worker.ts: runs end at once; a program "panic in the engine" throws. */
class FakeEngine {
  constructor() {
    return new Proxy(this, {
      get: (target, name) => {
        const method = target[name];
        if (typeof method !== 'function') return method;
        return (...args) => {
          calls.push([name, ...args]);
          if (ARGUMENT_CHECKS[name] && !ARGUMENT_CHECKS[name](...args)) misuse.push([name, args]);
          return method.apply(target, args);
        };
      },
    });
  }
  compile() {
    return '[]';
  }
  start(source) {
    if (source === 'panic in the engine') throw new Error('RuntimeError: unreachable');
    return source !== 'does not compile';
  }
  diagnostics() {
    return '[]';
  }
  advance() {
    return 2; // finished
  }
  takeEvents() {
    return '{"seq":1,"t":0,"g":1,"ev":"output","fd":1,"text":"hi\\n"}\n';
  }
  pendingEvents() {
    return 0;
  }
  virtualNs() {
    return 0;
  }
  nextTimerNs() {
    return -1;
  }
  exitCode() {
    return 0;
  }
  findings() {
    return '[]';
  }
  findingCount() {
    return 0;
  }
  stop() {}
  explore(_source, _go, _procs, first, count) {
    return JSON.stringify(
      Array.from({ length: count }, (_, i) => ({ seed: first + i, exit: 0, findings: 0 })),
    );
  }
  threads() {
    return 1;
  }
}

/** A MessageChannel whose messages arrive on the next turn (the worker yields with one). */
class FakeMessageChannel {
  constructor() {
    this.port1 = { onmessage: null };
    this.port2 = { postMessage: (data) => setImmediate(() => this.port1.onmessage?.({ data })) };
  }
}

/** The page's Worker for client.ts: records what the page sends; the test replies. */
let lastWorker;
class FakeWorker {
  constructor() {
    this.sent = [];
    lastWorker = this;
  }
  postMessage(m) {
    this.sent.push(m);
  }
  terminate() {}
}

let engineDir;
let workerScope; // the worker's `self`
let modules;
let cleanup;
const onEscape = (e) => escaped.push(e);

before(async () => {
  engineDir = mkdtempSync(join(tmpdir(), 'fake-engine-'));
  writeFileSync(
    join(engineDir, 'goroscope_st.js'),
    'export default async () => ({ Engine: globalThis.FakeEngine });\n',
  );
  globalThis.FakeEngine = FakeEngine;
  globalThis.MessageChannel = FakeMessageChannel;
  workerScope = { postMessage: (r) => posted.push(r), crossOriginIsolated: false };
  globalThis.self = workerScope;
  globalThis.document = { baseURI: 'http://goroscope.test/' };
  globalThis.Worker = FakeWorker;
  process.on('uncaughtException', onEscape);
  process.on('unhandledRejection', onEscape);
  const t = await importTs({
    validate: 'engine/validate.ts',
    protocol: 'engine/protocol.ts',
    worker: 'engine/worker.ts',
    client: 'engine/client.ts',
  });
  ({ modules, cleanup } = t);
});

after(() => {
  process.off('uncaughtException', onEscape);
  process.off('unhandledRejection', onEscape);
  cleanup?.();
  rmSync(engineDir, { recursive: true, force: true });
});

const settle = () => new Promise((r) => setTimeout(r, 5));

/** Sends `data` to the worker as the page would; a throw out of onmessage is recorded. */
async function toWorker(data) {
  try {
    workerScope.onmessage({ data });
  } catch (e) {
    escaped.push(e);
  }
  await settle();
}

// ---- Arbitrary messages -------------------------------------------------------------------

// Values a field must never accept (wrong types, out of range, too big), and any value.
const hostile = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    NaN,
    Infinity,
    -Infinity,
    -1,
    0.5,
    2 ** 53,
    1e308,
    -(2 ** 31) - 1,
    '',
    '1',
    'x'.repeat(4 * 1024 * 1024 + 1),
    [],
    {},
    true,
  ),
  fc.anything(),
);
const maybeHostile = (valid) => fc.oneof({ weight: 3, arbitrary: valid }, hostile);

const id = fc.nat({ max: 1e6 });
const source = fc.constantFrom(
  'package main\nfunc main() {}\n',
  'does not compile',
  'panic in the engine',
);
const go = fc.constantFrom('1.21', '1.22');
const speed = fc.constantFrom(0.25, 1, 4, 'instant');
const procs = fc.constantFrom(1, 2, 4, 8);
const requestFields = {
  compile: { id, source, go },
  run: {
    runId: id,
    source,
    go,
    seed: fc.maxSafeNat(),
    speed,
    race: fc.boolean(),
    procs,
    replay: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{0,20}$/), { nil: undefined }),
    step: fc.option(fc.boolean(), { nil: undefined }),
  },
  stop: { runId: id },
  speed: { runId: id, speed },
  step: { runId: id, events: fc.integer({ min: 1, max: 100 }) },
  explore: {
    id,
    source,
    go,
    procs,
    first: fc.nat({ max: 1e6 }),
    count: fc.integer({ min: 1, max: 30 }),
  },
};

/** A request of each type, valid, or with fields made hostile or left out. */
const request = (corrupt) =>
  fc.oneof(
    ...Object.entries(requestFields).map(([type, fields]) =>
      fc.record(
        {
          type: fc.constant(type),
          ...Object.fromEntries(
            Object.entries(fields).map(([k, v]) => [k, corrupt ? maybeHostile(v) : v]),
          ),
        },
        { requiredKeys: corrupt ? ['type'] : undefined },
      ),
    ),
  );
const anyRequest = fc.oneof(request(false), request(true), hostile);

// ---- The validator -----------------------------------------------------------------------

test('the validator never throws, on anything', () => {
  const { isRequest, isReply, messageName } = modules.validate;
  fc.assert(
    fc.property(fc.oneof(fc.anything(), request(true)), (v) => {
      isRequest(v);
      isReply(v);
      messageName(v);
    }),
    { numRuns: 1000 },
  );
});

// For each field, values of the wrong type, out of range or too big.
const numberBad = [NaN, Infinity, -1, 0.5, 2 ** 53, '1', null, {}];
const BAD = {
  id: numberBad,
  runId: numberBad,
  seed: numberBad,
  first: numberBad,
  count: [...numberBad, 0, 1001],
  events: [...numberBad, 0, 1_000_001],
  source: [1, null, [], 'x'.repeat(4 * 1024 * 1024 + 1)],
  replay: [1, null, 'not a token!', 'x'.repeat(4 * 1024 * 1024 + 1)],
  go: ['1.20', 1.22, null],
  speed: [2, '4', null],
  race: ['true', 1, null],
  procs: [0, 3, 16, '4', null],
  step: ['true', 1, null],
};

test('well-formed requests pass the validator, hostile fields do not', () => {
  const { isRequest } = modules.validate;
  fc.assert(
    fc.property(request(false), (r) => isRequest(r)),
    { numRuns: 500 },
  );
  for (const [type, fields] of Object.entries(requestFields)) {
    const valid = fc.sample(fc.record({ type: fc.constant(type), ...fields }), 1)[0];
    for (const field of Object.keys(fields)) {
      for (const bad of BAD[field])
        assert.equal(isRequest({ ...valid, [field]: bad }), false, `${type}.${field} = ${bad}`);
      const { [field]: _, ...without } = valid;
      const optional = field === 'replay' || field === 'step';
      assert.equal(isRequest(without), optional, `${type} without ${field}`);
    }
  }
  assert.equal(isRequest({ type: 'constructor' }), false);
  assert.equal(isRequest({ type: '__proto__' }), false);
});

// ---- The worker --------------------------------------------------------------------------

test('the worker: before init only an error; after it, the engine loads', async () => {
  await toWorker({ type: 'compile', id: 1, source: '', go: '1.22' });
  assert.deepEqual(posted.pop(), { type: 'error', message: "the first request must be 'init'" });
  await toWorker({ type: 'init', engineBase: pathToFileURL(engineDir).href + '/' });
  assert.equal(posted.at(-1).type, 'ready', JSON.stringify(posted.at(-1)));
});

test('the worker rejects hostile requests cleanly and calls the engine only with good values', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(anyRequest, { maxLength: 8 }), async (messages) => {
      for (const m of messages) {
        posted.length = 0;
        await toWorker(m);
        const accepted = modules.validate.isRequest(m);
        if (!accepted)
          assert.match(
            posted[0]?.message ?? '',
            /^the engine ignored a malformed/,
            JSON.stringify(posted),
          );
        for (const r of posted) assert.ok(modules.validate.isReply(r), JSON.stringify(r));
      }
      assert.deepEqual(misuse, []);
      assert.deepEqual(escaped, []);
    }),
    { numRuns: 200 },
  );
});

test('the worker ignores stale run ids and reports an engine failure as an error', async () => {
  const run = {
    type: 'run',
    source: 'package main\nfunc main() {}\n',
    go: '1.22',
    seed: 1,
    speed: 1,
    race: true,
    procs: 4,
  };
  await toWorker({ ...run, runId: 2_000_000, step: true }); // paused: it stays the current run
  calls.length = 0;
  posted.length = 0;
  await toWorker({ ...run, runId: 1_999_999 }); // older than the current one
  await toWorker({ type: 'stop', runId: 1_999_999 });
  await toWorker({ type: 'step', runId: 1_999_998, events: 5 });
  assert.deepEqual(calls, []);
  assert.deepEqual(posted, []);
  await toWorker({ type: 'stop', runId: 2_000_000 });
  assert.equal(posted.at(-1).type, 'done');
  assert.equal(posted.at(-1).stopped, true);

  await toWorker({ ...run, runId: 2_000_001, source: 'panic in the engine' });
  assert.match(posted.at(-1).message, /^the engine failed: .*unreachable/);
  assert.deepEqual(escaped, []);
});

// ---- The client --------------------------------------------------------------------------

/** An EngineClient over a fake worker, with what it hands to the page recorded. */
function client() {
  const c = new modules.client.EngineClient();
  const worker = lastWorker;
  const seen = { batches: [], dones: [], errors: [] };
  c.onError = (m) => seen.errors.push(m);
  const reply = (data) => {
    try {
      worker.onmessage({ data });
    } catch (e) {
      escaped.push(e);
    }
  };
  const run = () => {
    c.run(
      { source: '', go: '1.22', seed: 1, speed: 1, race: true, procs: 4 },
      { onBatch: (events) => seen.batches.push(events), onDone: (d) => seen.dones.push(d) },
    );
    return worker.sent.at(-1).runId;
  };
  return { c, worker, seen, reply, run };
}

const finding = fc.record({
  kind: fc.constantFrom('leak', 'blocked', 'selfdeadlock', 'race'),
  g: fc.nat(),
  text: fc.string(),
});
const diagnostic = fc.record({
  line: fc.nat(),
  col: fc.nat(),
  endLine: fc.nat(),
  endCol: fc.nat(),
  kind: fc.string(),
  message: fc.string(),
});
const event = fc.record({
  seq: fc.nat(),
  t: fc.nat(),
  g: fc.nat(),
  ev: fc.constantFrom('output', 'go_create'),
  text: fc.string(),
});
const replyFields = {
  ready: {
    variant: fc.constantFrom('mt', 'st'),
    threads: fc.integer({ min: 1, max: 8 }),
    loadMs: fc.nat(),
  },
  diagnostics: { id, diagnostics: fc.array(diagnostic, { maxLength: 3 }) },
  batch: { runId: id, events: fc.array(event, { maxLength: 3 }), virtualNs: fc.nat() },
  done: {
    runId: id,
    exitCode: fc.integer({ min: 0, max: 255 }),
    virtualNs: fc.nat(),
    seed: fc.maxSafeNat(),
    findings: fc.array(finding, { maxLength: 3 }),
    findingCount: fc.nat(),
    compiled: fc.boolean(),
    diagnostics: fc.array(diagnostic, { maxLength: 3 }),
    stopped: fc.boolean(),
  },
  explored: {
    id,
    results: fc.array(fc.record({ seed: fc.nat(), exit: fc.nat(), findings: fc.nat() })),
    ms: fc.nat(),
    threads: fc.integer({ min: 1, max: 8 }),
  },
  error: { message: fc.string() },
};
const reply = (corrupt) =>
  fc.oneof(
    ...Object.entries(replyFields).map(([type, fields]) =>
      fc.record({
        type: fc.constant(type),
        ...Object.fromEntries(
          Object.entries(fields).map(([k, v]) => [k, corrupt ? maybeHostile(v) : v]),
        ),
      }),
    ),
  );

test('the client drops hostile replies without throwing and hands on only good ones', () => {
  const { isReply } = modules.validate;
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.oneof(reply(false), reply(true), hostile), fc.boolean()), {
        maxLength: 10,
      }),
      (replies) => {
        const { seen, reply: send, run } = client();
        const runId = run();
        let errors = 0;
        for (const [r, aim] of replies) {
          // Aim some replies at the current run, as a confused worker might.
          const aimed = aim && r && typeof r === 'object' && 'runId' in r ? { ...r, runId } : r;
          send(aimed);
          if (!isReply(aimed)) errors++;
        }
        assert.equal(
          seen.errors.filter((m) => /^the engine sent a malformed/.test(m)).length,
          errors,
        );
        for (const events of seen.batches)
          for (const e of events) assert.equal(typeof e.seq, 'number');
        for (const d of seen.dones) {
          assert.ok(isReply({ ...d }));
          assert.equal(d.runId, runId);
        }
        assert.deepEqual(escaped, []);
      },
    ),
    { numRuns: 300 },
  );
});

test('the client: stale and cancelled runs, and answers of the wrong type, settle nothing', async () => {
  const { c, worker, seen, reply: send, run } = client();
  const done = (runId) => ({
    type: 'done',
    runId,
    exitCode: 0,
    virtualNs: 0,
    seed: 1,
    findings: [],
    findingCount: 0,
    compiled: true,
    diagnostics: [],
    stopped: false,
  });
  const first = run();
  const second = run();
  send({ type: 'batch', runId: first, events: [], virtualNs: 0 });
  send(done(first));
  assert.deepEqual([seen.batches.length, seen.dones.length], [0, 0]);
  send(done(second));
  assert.equal(seen.dones.length, 1);

  const third = run();
  c.cancel();
  assert.deepEqual(worker.sent.at(-1), { type: 'stop', runId: third });
  send(done(third));
  assert.equal(seen.dones.length, 1);

  let answered;
  void c.compile('', '1.22').then((d) => (answered = d));
  const compileId = worker.sent.at(-1).id;
  send({ type: 'explored', id: compileId, results: [], ms: 0, threads: 1 });
  await settle();
  assert.equal(answered, undefined);
  const diagnostics = [{ line: 1, col: 1, endLine: 1, endCol: 2, kind: 'syntax', message: 'x' }];
  send({ type: 'diagnostics', id: compileId, diagnostics });
  await settle();
  assert.deepEqual(answered, diagnostics);
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(escaped, []);
});
