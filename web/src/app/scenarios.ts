// The scenario gallery: every scenarios/NN-slug.go bundled at build time, with its header
// (Title, Shows, Expect, Check, Pair; format in scenarios/README.md). Ordered by file name;
// the first one is the default program of an empty page.

export interface Scenario {
  id: string; // file name without .go, e.g. 01-inappropriate-context-bad
  title: string;
  shows: string;
  expect: string;
  pair?: string;
  source: string;
}

const files = import.meta.glob('../../../scenarios/*.go', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** Reads the `// Key: value` lines at the top of a scenario file. */
export function parseHeader(source: string): Record<string, string> {
  const header: Record<string, string> = {};
  for (const line of source.split('\n')) {
    const m = /^\/\/ (\w+): (.*)$/.exec(line);
    if (!m) break;
    header[m[1].toLowerCase()] = m[2].trim();
  }
  return header;
}

export const scenarios: Scenario[] = Object.entries(files)
  .map(([path, source]) => {
    const id = path.replace(/^.*\//, '').replace(/\.go$/, '');
    const h = parseHeader(source);
    return {
      id,
      title: h.title ?? id,
      shows: h.shows ?? '',
      expect: h.expect ?? '',
      pair: h.pair,
      source,
    };
  })
  .sort((a, b) => a.id.localeCompare(b.id));

export const scenarioById = (id: string) => scenarios.find((s) => s.id === id);
