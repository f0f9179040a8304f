// Share links: the playground state in the URL fragment, so no server keeps it.
//   #scenario=ID[&seed=N][&go=1.21][&speed=4][&race=off][&procs=1][&replay=TOKEN]   a canned
//       scenario (short; defaults omitted; share/settings.ts has the text form of each setting)
//   #v3.PAYLOAD    PAYLOAD = base64url(deflate-raw(UTF-8 JSON of SharedStateV3))
//   #v2.PAYLOAD    the same without `procs` (one processor)
//   #v1.PAYLOAD    the same without `race` either: made when the detector was always on
// Versions only ever get added: every decoder stays, and tests/web/share_links.json holds
// links of each version that must keep loading.
import type { RunSettings } from '../engine/protocol';
import {
  checkReplay,
  checkSettings,
  DEFAULT_SETTINGS,
  settingsFromText,
  settingsToText,
  ShareError,
} from './settings';

export { ShareError };

export interface SharedState extends RunSettings {
  source?: string; // absent for a scenario link
  scenario?: string;
  replay?: string; // recorded schedule, when the shared run was replayed from one
}

interface SharedStateV1 {
  s: string;
  seed: number;
  go: RunSettings['go'];
  speed: RunSettings['speed'];
  r?: string;
}

// v2 added the race detector setting (v1 links open with it on, as it then always was).
interface SharedStateV2 extends SharedStateV1 {
  race: boolean;
}

// v3 added GOMAXPROCS (v1 and v2 links open with one processor: goroutines then ran one at
// a time).
interface SharedStateV3 extends SharedStateV2 {
  procs: RunSettings['procs'];
}

const MAX_FRAGMENT = 256 * 1024; // characters
const MAX_STATE = 1024 * 1024; // bytes after decompression: a zip bomb stops here

function base64url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function unbase64url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text))
    throw new ShareError('the link contains characters that do not belong in it');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  let bin: string;
  try {
    bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  } catch {
    throw new ShareError('the link is cut short or damaged');
  }
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

async function pipe(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
) {
  const writer = stream.writable.getWriter();
  void writer.write(bytes).catch(() => {});
  void writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_STATE) {
      void reader.cancel();
      throw new ShareError('the link holds more than 1 MB of state');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The fragment (without '#') of `state`: a scenario link when it has no source. */
export async function encodeState(state: SharedState): Promise<string> {
  if (state.source === undefined) {
    const p = new URLSearchParams({ scenario: state.scenario ?? '' });
    for (const [name, value] of settingsToText(state)) p.set(name, value);
    if (state.replay) p.set('replay', state.replay);
    return p.toString();
  }
  const v3: SharedStateV3 = {
    s: state.source,
    seed: state.seed,
    go: state.go,
    speed: state.speed,
    race: state.race,
    procs: state.procs,
  };
  if (state.replay) v3.r = state.replay;
  const json = new TextEncoder().encode(JSON.stringify(v3));
  return 'v3.' + base64url(await pipe(json, new CompressionStream('deflate-raw')));
}

/** The JSON value a v1, v2 or v3 payload holds. */
async function decodeJson(payload: string): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    bytes = await pipe(unbase64url(payload), new DecompressionStream('deflate-raw'));
  } catch (e) {
    if (e instanceof ShareError) throw e;
    throw new ShareError('the link is cut short or damaged (it does not decompress)');
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new ShareError('the link is damaged (its state is not readable)');
  }
}

/** The state of a payload (a setting its version lacks takes the value it then had). */
async function decodePayload(payload: string, version: 'v1' | 'v2' | 'v3'): Promise<SharedState> {
  const v = await decodeJson(payload);
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new ShareError("the link's state is not valid");
  const fields = v as Record<string, unknown>;
  if (typeof fields.s !== 'string') throw new ShareError("the link's program is not valid");
  const race = version === 'v1' ? DEFAULT_SETTINGS.race : fields.race;
  const procs = version === 'v3' ? fields.procs : 1;
  return {
    source: fields.s,
    ...checkSettings({ ...fields, race, procs }),
    replay: checkReplay(fields.r),
  };
}

/** The state a fragment (without '#') holds; null for an empty fragment. */
export async function decodeFragment(fragment: string): Promise<SharedState | null> {
  if (!fragment) return null;
  if (fragment.length > MAX_FRAGMENT) throw new ShareError('the link is too long');
  if (fragment.startsWith('scenario=')) {
    const params = new URLSearchParams(fragment);
    return {
      scenario: params.get('scenario') ?? '',
      ...settingsFromText((name) => params.get(name)),
      replay: checkReplay(params.get('replay') ?? undefined),
    };
  }
  const dot = fragment.indexOf('.');
  const version = dot > 0 ? fragment.slice(0, dot) : '';
  if (version === 'v1' || version === 'v2' || version === 'v3')
    return decodePayload(fragment.slice(dot + 1), version);
  if (/^v\d+$/.test(version))
    throw new ShareError(`the link was made by a newer goroscope (state ${version})`);
  throw new ShareError('the link is not a goroscope link');
}
