// End-to-end tests of links and embeds in Chromium (tests/web/pages.mjs serves the app):
// share links of every version, every run setting through every carrier (share link,
// scenario link, embed snippet, <pre class="goroscope"> data- attributes), a link pasted
// into an open tab, and the visitor's programs kept in My programs when a link replaces them.
// Run from the repository root:  node --test tests/web/e2e_links.test.mjs
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './browser.mjs';
import {
  e2e,
  editorValue,
  FIRST,
  isolatedBase,
  LEAK,
  monacoReady,
  open,
  plainBase,
  run,
  scenario,
  SELECT,
  servePages,
  setSource,
  shot,
  terminal,
} from './pages.mjs';

servePages();

e2e('a share link reproduces an edited program, its seed and its output', async (t) => {
  const a = await open(t, isolatedBase);
  await a.page.selectOption('#scenario', SELECT);
  const source = scenario(SELECT).replace('consumer: got message', 'consumer: handled message');
  assert.notEqual(source, scenario(SELECT));
  await setSource(a.page, source);
  await a.page.fill('#seed', '7');
  await a.page.selectOption('#speed', 'instant');
  const first = await run(a.page);
  assert.match(first.text, /consumer: handled message 1\n/);
  assert.match(first.status, / · seed 7$/);

  await a.page.click('#share');
  await a.page.waitForSelector('#dialog[open]');
  const url = await a.page.inputValue('#dialog-value');
  assert.ok(url.startsWith(`${isolatedBase}#v3.`), url);
  await monacoReady(a.page);
  await shot(a.page, '05-share-dialog');

  const b = await open(t, url);
  assert.equal(await editorValue(b.page), source);
  assert.equal(await b.page.inputValue('#seed'), '7');
  assert.equal(await b.page.inputValue('#speed'), 'instant');
  assert.equal(await b.page.inputValue('#go'), '1.22');
  assert.equal(await b.page.isChecked('#race'), true);
  assert.equal(await b.page.isHidden('#notice'), true);
  const again = await run(b.page);
  assert.deepEqual(again, first);
  await monacoReady(b.page);
  await shot(b.page, '05-share-opened');
  assert.deepEqual([...a.errors, ...b.errors], []);
});

e2e('a scenario short link opens the scenario with its seed', async (t) => {
  const { page, errors } = await open(t, `${isolatedBase}#scenario=${LEAK}&seed=3`);
  assert.equal(await page.inputValue('#scenario'), LEAK);
  assert.equal(await page.inputValue('#seed'), '3');
  assert.equal(await editorValue(page), scenario(LEAK));
  assert.match(await page.textContent('#about'), /Expect:/);
  await page.selectOption('#speed', 'instant');
  const out = await run(page);
  assert.match(out.status, / · seed 3 · /);
  assert.match(out.text, /the watcher is still polling/);
  await monacoReady(page);
  await shot(page, '06-scenario-link');
  assert.deepEqual(errors, []);
});

const shareLinks = JSON.parse(readFileSync(join(root, 'tests/web/share_links.json'), 'utf8')).links;

e2e('share links of every state version keep loading and running the same', async (t) => {
  for (const version of ['v1', 'v2', 'v3', 'scenario'])
    assert.ok(
      shareLinks.some((l) => l.version === version),
      version,
    );
  for (const link of shareLinks) {
    const { page, errors } = await open(t, `${isolatedBase}#${link.fragment}`);
    const want = link.state;
    const label = `${link.version} link ${link.fragment.slice(0, 40)}`;
    // The one notice a link may bring: that Run replays its recorded schedule.
    const notice = (await page.isHidden('#notice')) ? '' : await page.textContent('#notice');
    if (want.replay) assert.match(notice, /recorded schedule: Run replays it exactly/, label);
    else assert.equal(notice, '', label);
    assert.equal(
      await editorValue(page),
      want.source ?? scenario(want.scenario),
      `${label}: program`,
    );
    if (want.scenario) assert.equal(await page.inputValue('#scenario'), want.scenario);
    assert.equal(await page.inputValue('#seed'), String(want.seed), `${label}: seed`);
    assert.equal(await page.inputValue('#go'), want.go, `${label}: Go version`);
    assert.equal(await page.inputValue('#speed'), String(want.speed), `${label}: speed`);
    // Links from before the race setting travelled were made with the detector on.
    assert.equal(await page.isChecked('#race'), want.race ?? true, `${label}: race detector`);
    // Links from before processors travelled ran one goroutine at a time.
    const procs = want.procs ?? (link.version === 'scenario' ? 4 : 1);
    assert.equal(await page.inputValue('#procs'), String(procs), `${label}: processors`);
    const out = await run(page);
    const how = want.replay ? 'replayed schedule' : `seed ${want.seed}`;
    assert.match(out.status, new RegExp(` · ${how}( · |$)`), label);
    if (link.output !== undefined) {
      assert.equal(out.text, link.output, `${label}: output`);
      assert.equal(out.status, link.status, `${label}: status`);
    }
    if (link.version === 'v1') {
      await monacoReady(page);
      await shot(page, '07-v1-link');
    }
    assert.deepEqual(errors, [], label);
  }
});

e2e('a malformed link says so and shows the default scenario', async (t) => {
  const real = shareLinks.find((l) => l.version === 'v1').fragment;
  const truncated = real.slice(0, Math.floor(real.length * 0.6));
  const cases = [
    ['v1.AAAA!!', /characters that do not belong/],
    [truncated, /cut short or damaged/],
    ['v9.xxx', /newer goroscope/],
    ['garbage', /not a goroscope link/],
    ['scenario=99-no-such-scenario', /scenario that does not exist/],
  ];
  for (const [fragment, why] of cases) {
    const { page, errors } = await open(t, `${isolatedBase}#${fragment}`, { engine: false });
    await page.waitForFunction(() => window.goroscope);
    await page.waitForSelector('#notice:not([hidden])');
    const notice = await page.textContent('#notice');
    assert.match(notice, why, `#${fragment}`);
    assert.match(notice, /default scenario/, `#${fragment}`);
    assert.equal(await page.inputValue('#scenario'), FIRST, `#${fragment}`);
    assert.equal(await editorValue(page), scenario(FIRST), `#${fragment}`);
    assert.deepEqual(errors, [], `#${fragment}`);
    if (fragment === truncated) {
      await monacoReady(page);
      await shot(page, '08-malformed-link');
    }
  }
});

// ---- Every run setting through every carrier --------------------------------------------

// A program whose output shows the run settings: the loop variable the goroutines print (Go
// version), their order (seed) and a race report (race detector).
const PROBE = `package main

import (
	"fmt"
	"sync"
)

// Mine: goroutines that share a counter.
func main() {
	var wg sync.WaitGroup
	counter := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counter++
			fmt.Println("goroutine", i)
		}()
	}
	wg.Wait()
	fmt.Println("counter", counter)
}
`;

const DEFAULTS = { seed: '1', go: '1.22', speed: '1', race: true, procs: '4' }; // the toolbar's values

// The toolbar after opening the v2 program link of share_links.json (v2: one processor).
const V2_LINK_CONTROLS = { seed: '3', go: '1.22', speed: '4', race: false, procs: '1' };

const controls = (page) =>
  page.evaluate(() => ({
    seed: document.querySelector('#seed').value,
    go: document.querySelector('#go').value,
    speed: document.querySelector('#speed').value,
    race: document.querySelector('#race').checked,
    procs: document.querySelector('#procs').value,
  }));

async function setControls(page, want) {
  await page.fill('#seed', want.seed);
  await page.selectOption('#go', want.go);
  await page.selectOption('#speed', want.speed);
  await page.setChecked('#race', want.race);
  if (want.procs) await page.selectOption('#procs', want.procs);
}

/** Clicks `button` (#share or #embed) and returns what its dialog offers, then closes it. */
async function dialogValue(page, button) {
  await page.click(button);
  await page.waitForSelector('#dialog[open]');
  const value = await page.inputValue('#dialog-value');
  await page.click('#dialog button[value="close"]');
  return value;
}

/** Opens the iframe `snippet` of the Embed dialog as a page; its engine is ready. */
async function openEmbed(t, snippet) {
  const src = /<iframe src="([^"]+)"/.exec(snippet)?.[1];
  assert.ok(src?.startsWith(`${isolatedBase}embed.html#`), snippet);
  const embed = await open(t, src, { engine: false });
  await embed.page.waitForFunction(() => window.goroscope);
  await embed.page.evaluate(() => window.goroscope.engine.ready);
  return embed;
}

const CHANGES = [
  ['the race detector off', { race: false }, /^seed 1 · race detector off$/],
  ['Go 1.21', { go: '1.21' }, /^seed 1 · Go 1\.21$/],
  ['seed 3', { seed: '3' }, /^seed 3$/],
  ['speed 4×', { speed: '4' }, /^seed 1 · 4×$/],
  ['one processor', { procs: '1' }, /^seed 1 · 1 processor$/],
];

// Race reports name heap addresses, and the engine's addresses depend on what it did
// before in the tab (compiles, earlier runs): compared without them.
const masked = (out) => ({ ...out, text: out.text.replace(/0x[0-9a-f]+/g, '0x…') });

for (const [name, change, embedLabel] of CHANGES)
  e2e(`${name} survives a share link and the embed snippet, run and all`, async (t) => {
    const want = { ...DEFAULTS, ...change };
    const a = await open(t, isolatedBase);
    await setSource(a.page, PROBE);
    await setControls(a.page, want);
    const first = await run(a.page);

    const url = await dialogValue(a.page, '#share');
    assert.ok(url.startsWith(`${isolatedBase}#v3.`), url);
    const b = await open(t, url);
    assert.equal(await editorValue(b.page), PROBE);
    assert.deepEqual(await controls(b.page), want, 'the share link opens with the setting');
    assert.deepEqual(masked(await run(b.page)), masked(first), 'and runs the same');
    // The run shows the setting (speed only paces it), so a link that lost it would differ.
    await setControls(b.page, DEFAULTS);
    if (!change.speed) assert.notDeepEqual(masked(await run(b.page)), masked(first), name);

    const c = await openEmbed(t, await dialogValue(a.page, '#embed'));
    assert.equal(await editorValue(c.page), PROBE);
    assert.match(await c.page.textContent('#seed-label'), embedLabel);
    assert.deepEqual(masked(await run(c.page)), masked(first), 'the embed runs the same');
    assert.deepEqual([...a.errors, ...b.errors, ...c.errors], []);
  });

const replayLink = shareLinks.find((l) => l.version === 'v2' && l.state.replay);

e2e('a recorded schedule survives a share link and the embed snippet', async (t) => {
  const a = await open(t, `${isolatedBase}#${replayLink.fragment}`);
  const first = await run(a.page);
  assert.deepEqual(first, { text: replayLink.output, status: replayLink.status });
  assert.match(first.status, / · replayed schedule$/);

  const url = await dialogValue(a.page, '#share');
  const b = await open(t, url);
  assert.match(await b.page.textContent('#notice'), /recorded schedule: Run replays it exactly/);
  assert.deepEqual(await run(b.page), first);

  const c = await openEmbed(t, await dialogValue(a.page, '#embed'));
  assert.match(
    await c.page.textContent('#seed-label'),
    /^recorded schedule · instant · 1 processor$/,
  );
  assert.deepEqual(await run(c.page), first);
  assert.deepEqual([...a.errors, ...b.errors, ...c.errors], []);
});

e2e('an unchanged scenario shares every setting in its short link and its embed', async (t) => {
  const id = '07-loop-variable-capture-bad';
  const want = { seed: '3', go: '1.21', speed: '4', race: false, procs: '4' };
  const a = await open(t, isolatedBase);
  await a.page.selectOption('#scenario', id);
  await setControls(a.page, want);
  const first = await run(a.page);

  const url = await dialogValue(a.page, '#share');
  assert.equal(url, `${isolatedBase}#scenario=${id}&seed=3&go=1.21&speed=4&race=off`);
  const b = await open(t, url);
  assert.equal(await b.page.inputValue('#scenario'), id);
  assert.deepEqual(await controls(b.page), want);
  assert.deepEqual(await run(b.page), first);

  const c = await openEmbed(t, await dialogValue(a.page, '#embed'));
  assert.equal(await editorValue(c.page), scenario(id));
  assert.match(
    await c.page.textContent('#seed-label'),
    /^seed 3 · Go 1\.21 · 4× · race detector off$/,
  );
  assert.deepEqual(await run(c.page), first);
  assert.deepEqual([...a.errors, ...b.errors, ...c.errors], []);
});

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

e2e('<pre class="goroscope"> blocks pass every setting in data- attributes', async (t) => {
  // The reference: the playground run with the same settings.
  const app = await open(t, `${plainBase}index.html`);
  const want = { seed: '3', go: '1.21', speed: '4', race: false, procs: '4' };
  await setSource(app.page, PROBE);
  await setControls(app.page, want);
  const reference = await run(app.page);

  const blocks = [
    [`data-seed="3" data-go="1.21" data-speed="4" data-race="off"`, PROBE],
    [`data-replay="${replayLink.state.replay}" data-speed="instant"`, replayLink.state.source],
    [`data-race="maybe"`, PROBE],
  ];
  const html =
    '<!doctype html><meta charset="utf-8"><title>data- attributes</title>' +
    blocks
      .map(
        ([attrs, src]) =>
          `<pre class="goroscope" data-height="280" ${attrs}>${escapeHtml(src)}</pre>`,
      )
      .join('') +
    '<script src="goroscope-embed.js" defer></script>';
  const tutorial = `${plainBase}data-attributes.html`;
  const { page, errors } = await open(t, 'about:blank', { engine: false });
  await page.route(tutorial, (r) => r.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(tutorial);
  await page.waitForFunction(() => document.querySelectorAll('iframe').length === 3);
  const frames = [];
  for (const [i, [, src]] of blocks.entries()) {
    const handle = (await page.$$('iframe'))[i];
    await handle.scrollIntoViewIfNeeded();
    const frame = await handle.contentFrame();
    await frame.waitForFunction((s) => window.goroscope?.editor.value() === s, src, {
      timeout: 20000,
    });
    await frame.evaluate(() => window.goroscope.engine.ready);
    frames.push(frame);
  }
  assert.equal(
    await frames[0].textContent('#seed-label'),
    'seed 3 · Go 1.21 · 4× · race detector off',
  );
  assert.deepEqual(await run(frames[0]), reference);
  assert.equal(await frames[1].textContent('#seed-label'), 'recorded schedule · instant');
  assert.deepEqual(await run(frames[1]), { text: replayLink.output, status: replayLink.status });
  assert.match(
    await frames[2].textContent('#notice'),
    /data- attributes cannot be used: the race detector setting is not valid/,
  );
  assert.equal(await frames[2].textContent('#seed-label'), 'seed 1');
  assert.deepEqual([...app.errors, ...errors], []);
});

// ---- The visitor's own programs -----------------------------------------------------------

const myPrograms = (page) =>
  page.$$eval('#scenario optgroup[label="My programs"] option', (os) =>
    os.map((o) => o.textContent),
  );

const noticeText = async (page) =>
  (await page.isHidden('#notice')) ? '' : page.textContent('#notice');

e2e('opening a share link keeps the visitor’s program under My programs', async (t) => {
  const shared = shareLinks.find((l) => l.version === 'v2' && !l.state.replay);
  const mine = await open(t, isolatedBase);
  await monacoReady(mine.page); // Monaco reports edits; the page saves them
  await setSource(mine.page, PROBE);
  await setControls(mine.page, {
    seed: '9',
    go: '1.21',
    speed: 'instant',
    race: false,
    procs: '4',
  });
  await mine.page.click('#run'); // saves the settings too

  // The link opens in another tab of the same browser: a fresh page, the same storage.
  const page = await mine.context.newPage();
  await page.goto(`${isolatedBase}#${shared.fragment}`);
  await page.waitForSelector('#engine[data-variant]');
  assert.equal(await editorValue(page), shared.state.source);
  assert.match(
    await noticeText(page),
    /^You opened a shared program\. Yours, “Mine: goroutines that share a counter\.”, is kept under “My programs” in the program list\./,
  );
  assert.deepEqual(await myPrograms(page), [
    `Mine: goroutines that share a counter. · ${await page.evaluate(() =>
      new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }),
    )}`,
  ]);
  await monacoReady(page);
  await shot(page, '14-link-keeps-my-program');

  await page.click('#notice button:has-text("Back to my program")');
  assert.equal(await editorValue(page), PROBE);
  assert.deepEqual(await controls(page), {
    seed: '9',
    go: '1.21',
    speed: 'instant',
    race: false,
    procs: '4',
  });
  assert.equal(await noticeText(page), '');
  const kept = await myPrograms(page);
  assert.equal(kept.length, 1);
  assert.match(kept[0], /^Its output depends on every run setting: which… · /);
  await page.reload();
  await page.waitForSelector('#engine[data-variant]');
  assert.equal(await editorValue(page), PROBE, 'my program is the one saved');

  // Picking the shared program in the list brings it back, and mine goes to the list.
  await page.selectOption('#scenario', { label: kept[0] });
  assert.equal(await editorValue(page), shared.state.source);
  assert.deepEqual(await controls(page), V2_LINK_CONTROLS);
  assert.match((await myPrograms(page))[0], /^Mine: goroutines that share a counter\. · /);

  // A visitor with nothing of their own gets the link without a word.
  const fresh = await open(t, `${isolatedBase}#${shared.fragment}`);
  assert.equal(await noticeText(fresh.page), '');
  assert.deepEqual(await myPrograms(fresh.page), []);
  assert.deepEqual([...mine.errors, ...fresh.errors], []);
});

e2e('the gallery keeps an edited scenario under My programs', async (t) => {
  const { page, errors } = await open(t, isolatedBase);
  await monacoReady(page);
  const edited = scenario(FIRST).replace('package main', 'package main // edited');
  await setSource(page, edited);
  await page.selectOption('#scenario', LEAK);
  assert.equal(await editorValue(page), scenario(LEAK));
  assert.match(
    await noticeText(page),
    /^The gallery opened a scenario\. Yours, “Propagating an inappropriate context \(edited\)”, is kept/,
  );
  const [title] = await myPrograms(page);
  assert.match(title, /\(edited\) · /);
  await page.selectOption('#scenario', { label: title });
  assert.equal(await editorValue(page), edited);
  assert.equal(await page.inputValue('#scenario'), FIRST, 'it is the edited scenario again');
  assert.match(await page.textContent('#about'), /\(edited\)/);
  assert.deepEqual(await myPrograms(page), [], 'an unchanged scenario is not worth keeping');
  assert.deepEqual(errors, []);
});

e2e('a link pasted into an open tab opens as on a fresh load', async (t) => {
  const shared = shareLinks.find((l) => l.version === 'v2' && !l.state.replay);
  const { page, errors } = await open(t, isolatedBase);
  await monacoReady(page);
  const ticking =
    'package main\n\nimport (\n\t"fmt"\n\t"time"\n)\n\n// Mine: a slow ticker.\nfunc main() {\n' +
    '\tfor i := 0; ; i++ {\n\t\tfmt.Println("tick", i)\n\t\ttime.Sleep(time.Second)\n\t}\n}\n';
  await setSource(page, ticking);
  await page.click('#run');
  await page.waitForFunction(() => /tick 0/.test(document.querySelector('#terminal').dataset.text));

  await page.goto(`${isolatedBase}#${shared.fragment}`); // like pasting it into the address bar
  await page.waitForFunction((s) => window.goroscope.editor.value() === s, shared.state.source);
  assert.deepEqual(await controls(page), V2_LINK_CONTROLS);
  assert.equal(await page.isDisabled('#stop'), true, 'the ticker was stopped');
  assert.deepEqual(await terminal(page), { text: '', status: undefined }, 'its output went');
  assert.match(
    await noticeText(page),
    /^You opened a shared program\. Yours, “Mine: a slow ticker\.”, is kept/,
  );
  assert.match((await myPrograms(page))[0], /^Mine: a slow ticker\. · /);
  assert.deepEqual(await run(page), { text: shared.output, status: shared.status });
  await shot(page, '15-pasted-link');

  await page.goto(`${isolatedBase}#v1.AAAA!!`);
  await page.waitForFunction(() =>
    /cannot be opened/.test(document.querySelector('#notice').textContent),
  );
  assert.match(await noticeText(page), /The program shown is unchanged\./);
  assert.equal(await editorValue(page), shared.state.source);

  await page.goto(`${isolatedBase}#scenario=${LEAK}&seed=5`);
  await page.waitForFunction((id) => document.querySelector('#scenario').value === id, LEAK);
  assert.equal(await editorValue(page), scenario(LEAK));
  assert.equal(await page.inputValue('#seed'), '5');
  assert.deepEqual(errors, []);
});
