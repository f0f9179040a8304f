// Share links: the playground state in the URL fragment, so no server keeps it.
//   #scenario=ID[&seed=N][&go=1.21][&speed=4]   a canned scenario (short; defaults omitted)
//   #v1.PAYLOAD             PAYLOAD = base64url(deflate-raw(UTF-8 JSON of SharedStateV1))
// Versions only ever get added: every decoder stays, and tests/web/share_links.json holds
// links of each version that must keep loading.
import type { GoVersion, Speed } from '../engine/protocol';

export interface SharedState {
  source?: string; // absent for a scenario link
  scenario?: string;
  seed: number;
  go: GoVersion;
  speed: Speed;
  replay?: string; // recorded schedule, when the shared run was replayed from one
}

interface SharedStateV1 {
  s: string;
  seed: number;
  go: GoVersion;
  speed: Speed;
  r?: string;
}

export class ShareError extends Error {}

const MAX_FRAGMENT = 256 * 1024; // characters
const MAX_STATE = 1024 * 1024; // bytes after decompression: a zip bomb stops here

const SPEEDS: Speed[] = [0.25, 1, 4, 'instant'];

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

export async function encodeState(state: SharedState): Promise<string> {
  if (state.scenario && state.source === undefined) {
    const p = new URLSearchParams({ scenario: state.scenario, seed: String(state.seed) });
    if (state.go !== '1.22') p.set('go', state.go);
    if (state.speed !== 1) p.set('speed', String(state.speed));
    return p.toString();
  }
  const v1: SharedStateV1 = {
    s: state.source ?? '',
    seed: state.seed,
    go: state.go,
    speed: state.speed,
  };
  if (state.replay) v1.r = state.replay;
  const json = new TextEncoder().encode(JSON.stringify(v1));
  return 'v1.' + base64url(await pipe(json, new CompressionStream('deflate-raw')));
}

function check(cond: unknown, what: string): asserts cond {
  if (!cond) throw new ShareError(`the link's ${what} is not valid`);
}

function validSeed(seed: unknown): number {
  check(typeof seed === 'number' && Number.isSafeInteger(seed) && seed >= 0, 'seed');
  return seed as number;
}

async function decodeV1(payload: string): Promise<SharedState> {
  let json: unknown;
  try {
    const bytes = await pipe(unbase64url(payload), new DecompressionStream('deflate-raw'));
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    if (e instanceof ShareError) throw e;
    throw new ShareError('the link is cut short or damaged (it does not decompress)');
  }
  const v = json as SharedStateV1;
  check(v && typeof v === 'object', 'state');
  check(typeof v.s === 'string', 'program');
  check(v.go === '1.21' || v.go === '1.22', 'Go version');
  check(SPEEDS.includes(v.speed), 'speed');
  check(
    v.r === undefined || (typeof v.r === 'string' && /^[A-Za-z0-9_.-]*$/.test(v.r)),
    'schedule',
  );
  return { source: v.s, seed: validSeed(v.seed), go: v.go, speed: v.speed, replay: v.r };
}

/** The state a fragment (without '#') holds; null for an empty fragment. */
export async function decodeFragment(fragment: string): Promise<SharedState | null> {
  if (!fragment) return null;
  if (fragment.length > MAX_FRAGMENT) throw new ShareError('the link is too long');
  if (fragment.startsWith('scenario=')) {
    const params = new URLSearchParams(fragment);
    const seed = params.has('seed') ? Number(params.get('seed')) : 1;
    const go = params.get('go') ?? '1.22';
    check(go === '1.21' || go === '1.22', 'Go version');
    const raw = params.get('speed') ?? '1';
    const speed = SPEEDS.find((s) => String(s) === raw);
    check(speed !== undefined, 'speed');
    return { scenario: params.get('scenario') ?? '', seed: validSeed(seed), go, speed };
  }
  const dot = fragment.indexOf('.');
  const version = dot > 0 ? fragment.slice(0, dot) : '';
  if (version === 'v1') return decodeV1(fragment.slice(dot + 1));
  if (/^v\d+$/.test(version))
    throw new ShareError(`the link was made by a newer goroscope (state ${version})`);
  throw new ShareError('the link is not a goroscope link');
}
