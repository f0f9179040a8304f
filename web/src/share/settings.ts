// Run settings that come from outside the page (share links, <pre class="goroscope">
// data- attributes, localStorage): one set of checks and one text form, so every carrier
// accepts, rejects and defaults them alike.
import {
  GO_VERSIONS,
  PROCS,
  REPLAY_TOKEN,
  SPEEDS,
  type GoVersion,
  type Procs,
  type RunSettings,
  type Speed,
} from '../engine/protocol';

/** Outside input that cannot be used; the message completes "… cannot be opened: ". */
export class ShareError extends Error {}

/** The settings of a fresh page (the race detector has always been on by default). */
export const DEFAULT_SETTINGS: Readonly<RunSettings> = {
  seed: 1,
  go: '1.22',
  speed: 1,
  race: true,
  procs: 4,
};

// What each setting is called in an error message.
const NAMES: Record<keyof RunSettings, string> = {
  seed: 'seed',
  go: 'Go version',
  speed: 'speed',
  race: 'race detector setting',
  procs: 'number of processors',
};

function check(cond: unknown, what: string): asserts cond {
  if (!cond) throw new ShareError(`the ${what} is not valid`);
}

/** The settings in `v`, checked field by field; throws ShareError naming a bad one. */
export function checkSettings(v: Record<string, unknown>): RunSettings {
  const { seed, go, speed, race, procs } = v;
  check(typeof seed === 'number' && Number.isSafeInteger(seed) && seed >= 0, NAMES.seed);
  check(GO_VERSIONS.includes(go as GoVersion), NAMES.go);
  check(SPEEDS.includes(speed as Speed), NAMES.speed);
  check(typeof race === 'boolean', NAMES.race);
  check(PROCS.includes(procs as Procs), NAMES.procs);
  return { seed, go: go as GoVersion, speed: speed as Speed, race, procs: procs as Procs };
}

/** A recorded schedule, or undefined; throws ShareError for one that is malformed. */
export function checkReplay(replay: unknown): string | undefined {
  check(
    replay === undefined || (typeof replay === 'string' && REPLAY_TOKEN.test(replay)),
    'recorded schedule',
  );
  return replay || undefined;
}

// The text form: seed=7 go=1.21 speed=0.25|1|4|instant race=on|off procs=1|2|4|8.
const RACE_TEXT = { on: true, off: false } as const;

/** Settings given as text by name (link parameters, data- attributes); absent ones default. */
export function settingsFromText(get: (name: keyof RunSettings) => unknown): RunSettings {
  const text = (name: keyof RunSettings) => {
    const v = get(name);
    if (v === undefined || v === null) return undefined;
    check(typeof v === 'string', NAMES[name]);
    return v;
  };
  const [seed, go, speed, race] = [text('seed'), text('go'), text('speed'), text('race')];
  const procs = text('procs');
  check(seed === undefined || /^\d{1,16}$/.test(seed), NAMES.seed);
  check(race === undefined || Object.hasOwn(RACE_TEXT, race), NAMES.race);
  return checkSettings({
    seed: seed === undefined ? DEFAULT_SETTINGS.seed : Number(seed),
    go: go ?? DEFAULT_SETTINGS.go,
    speed: speed === undefined ? DEFAULT_SETTINGS.speed : SPEEDS.find((s) => String(s) === speed),
    race: race === undefined ? DEFAULT_SETTINGS.race : RACE_TEXT[race as keyof typeof RACE_TEXT],
    procs: procs === undefined ? DEFAULT_SETTINGS.procs : PROCS.find((p) => String(p) === procs),
  });
}

/** The text form of the settings that differ from the defaults, in a fixed order. */
export function settingsToText(s: RunSettings): [keyof RunSettings, string][] {
  const out: [keyof RunSettings, string][] = [];
  if (s.seed !== DEFAULT_SETTINGS.seed) out.push(['seed', String(s.seed)]);
  if (s.go !== DEFAULT_SETTINGS.go) out.push(['go', s.go]);
  if (s.speed !== DEFAULT_SETTINGS.speed) out.push(['speed', String(s.speed)]);
  if (s.race !== DEFAULT_SETTINGS.race) out.push(['race', s.race ? 'on' : 'off']);
  if (s.procs !== DEFAULT_SETTINGS.procs) out.push(['procs', String(s.procs)]);
  return out;
}
