// Pacing of virtual time against the wall clock: the horizon the engine may not pass at a
// given wall time, and compression of long idle gaps (a sleeping program does not make the
// viewer wait more than IDLE_GAP_NS of virtual time at a stretch).
import type { Speed } from './protocol';

/** Idle gaps longer than this (virtual ns) are skipped and reported instead of waited out. */
export const IDLE_GAP_NS = 2e9;

export class Pacer {
  // Invariant: horizon(wall) = virtAnchor + (wall - wallAnchor) ms * speed, for finite speeds.
  private wallAnchor: number;
  private virtAnchor = 0;
  // The idle wait in progress (clock and timer): the worker wakes up several times during a
  // long wait (it caps its sleeps), and only the first wake-up may restart the horizon.
  private idle?: { virtualNs: number; nextNs: number };

  constructor(
    public speed: Speed,
    now: number,
  ) {
    this.wallAnchor = now;
  }

  /** Changes the speed from now on; the horizon continues from the run's clock. */
  setSpeed(speed: Speed, virtualNs: number, now: number): void {
    this.virtAnchor = virtualNs;
    this.wallAnchor = now;
    this.speed = speed;
  }

  /** Virtual ns the run may reach at wall time `now` (ms); Infinity when instant. */
  horizon(now: number): number {
    if (this.speed === 'instant') return Infinity;
    return this.virtAnchor + (now - this.wallAnchor) * 1e6 * this.speed;
  }

  /**
   * The run waits for the horizon to reach `nextNs` (a timer every goroutine waits for, or
   * the clock of a processor that computed up to the horizon) while its clock reads
   * `virtualNs`. Returns how long to wait (ms) before advancing again, or a compressed gap
   * when the wait is long. The horizon restarts from the run's clock when the run fell
   * behind it (it computed slower than real time): a sleep takes its length in wall time
   * from when all went idle.
   */
  wait(
    virtualNs: number,
    nextNs: number,
    now: number,
  ): { delayMs: number; gap?: { fromNs: number; toNs: number } } {
    if (this.speed === 'instant') return { delayMs: 0 };
    const waiting = this.idle?.virtualNs === virtualNs && this.idle.nextNs === nextNs;
    this.idle = { virtualNs, nextNs };
    if (!waiting && this.horizon(now) > virtualNs) this.setSpeed(this.speed, virtualNs, now);
    if (nextNs - virtualNs > IDLE_GAP_NS) {
      this.setSpeed(this.speed, nextNs, now);
      return { delayMs: 0, gap: { fromNs: virtualNs, toNs: nextNs } };
    }
    return { delayMs: Math.max(0, (nextNs - this.horizon(now)) / 1e6 / this.speed) };
  }
}
