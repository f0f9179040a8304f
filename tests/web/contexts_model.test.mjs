// Unit tests of the context tree model (web/src/playground/contexts.ts) on real traces: the
// native command (build/goroscope) runs a program with --trace and the model reads the
// events as the page would. Run from the repository root after a build: node --test tests/web/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './browser.mjs';
import { importTs } from './ts_modules.mjs';

let cleanup;
let ContextModel;
let dir;

before(async () => {
  const t = await importTs({ contexts: 'playground/contexts.ts' });
  ({ ContextModel } = t.modules.contexts);
  cleanup = t.cleanup;
  dir = mkdtempSync(join(tmpdir(), 'ctx-test-'));
});

after(() => {
  cleanup?.();
  rmSync(dir, { recursive: true, force: true });
});

/** The model after `events` (one batch), and the events themselves. */
function traced(source, upTo = Infinity) {
  writeFileSync(join(dir, 'main.go'), source);
  execFileSync(join(root, 'build/goroscope'), ['run', '--trace', join(dir, 't.jsonl'), 'main.go'], {
    cwd: dir,
  });
  const events = readFileSync(join(dir, 't.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l)
    .map((l) => JSON.parse(l))
    .filter((e) => e.seq <= upTo);
  const model = new ContextModel();
  model.add(events);
  return { model, events };
}

const PROGRAM = `package main

import (
	"context"
	"fmt"
	"time"
)

type key string

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	vctx := context.WithValue(ctx, key("id"), 7)
	detached := context.WithoutCancel(vctx)
	done := make(chan bool)
	go func() {
		select {
		case <-time.After(time.Hour):
		case <-vctx.Done():
		}
		fmt.Println(vctx.Err(), detached.Err())
		done <- true
	}()
	time.Sleep(time.Second)
	cancel()
	<-done
}
`;

test('a goroutine in a select waits on the Done of a value context (its parent’s)', () => {
  const all = traced(PROGRAM).events;
  // Stop just before the cancellation: the worker is parked in its select.
  const cancelAt = all.find((e) => e.ev === 'ctx_cancel').seq;
  const { model } = traced(PROGRAM, cancelAt - 1);
  const byKind = (k) => [...model.nodes.values()].find((n) => n.kind === k);
  assert.deepEqual(model.waiters(byKind('cancel')), [2]);
  assert.deepEqual(
    model.waiters(byKind('value')),
    [2],
    'value contexts report their parent’s Done',
  );
  assert.deepEqual(model.waiters(byKind('withoutCancel')), []);
});

test('cancellation: the value context inherits it, WithoutCancel does not', () => {
  const { model } = traced(PROGRAM);
  const byKind = (k) => [...model.nodes.values()].find((n) => n.kind === k);
  const cancel = byKind('cancel');
  assert.equal(cancel.cancelled.err, 'context canceled');
  assert.equal(model.source(byKind('value')), cancel);
  assert.equal(model.source(byKind('withoutCancel')), undefined);
  assert.deepEqual(model.waiters(cancel), [], 'nobody waits once it is cancelled');
  assert.equal(model.roots().length, 1);
  assert.equal(model.roots()[0].kind, 'background');
});
