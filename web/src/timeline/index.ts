// The goroutine timeline: the public entry point (import { Timeline } from './timeline').
export { Timeline } from './timeline';
export type { TimelineOptions, TimelineStats } from './timeline';
export { formatNs } from './layout';
