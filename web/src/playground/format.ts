// Formatting of virtual time for the status line, the timeline and the context tree.

/** 0s, 250ms, 1.5s, 2m0s — like Go's Duration.String, rounded for reading. */
export function formatNs(ns: number): string {
  if (ns === 0) return '0s';
  if (ns < 1e3) return `${ns}ns`;
  if (ns < 1e6) return `${+(ns / 1e3).toFixed(1)}µs`;
  if (ns < 1e9) return `${+(ns / 1e6).toFixed(1)}ms`;
  if (ns < 60e9) return `${+(ns / 1e9).toFixed(3)}s`;
  const m = Math.floor(ns / 60e9);
  return `${m}m${+((ns - m * 60e9) / 1e9).toFixed(1)}s`;
}
