import type { Db } from '../storage/database.js';
import { autoAcceptClaims, type AutoAcceptPolicy, type AutoAcceptSummary } from './auto-accept.js';

/** A running series of auto-accept sweeps (see `startAutoAcceptSweeps`). */
export interface AutoAcceptSweeps {
  /** Tells the sweeper that new claims or reports may have been recorded since the last sweep. */
  markDirty(): void;
  /** Stops the timer, waits for a sweep in progress, runs a last one if needed and returns the totals. */
  stop(): Promise<AutoAcceptSummary>;
}

/** Options of `startAutoAcceptSweeps`. */
export interface AutoAcceptSweepsOptions {
  /** Time between sweeps while work keeps coming (default 10 s). */
  intervalMs?: number;
  /** Called when a sweep fails; the next sweep retries (default: ignore). */
  onError?: (error: unknown) => void;
}

/**
 * The auto-accept policy for long-running ingest workers (`shahrnet worker`). `shahrnet ingest` sweeps
 * once at the end of its run; a worker has no end, so without this the policy would never apply to what
 * workers ingest. Sweeps run at most every `intervalMs`, only after `markDirty` (a job was done), never
 * two at once in one process, and once more on `stop`. Several workers may sweep at the same moment:
 * each claim is accepted under its version, so the loser of a race gets a conflict, which the sweep
 * leaves alone (`autoAcceptClaims`). The policy stays the recorded actor of every decision.
 */
export function startAutoAcceptSweeps(db: Db, policy: AutoAcceptPolicy, options: AutoAcceptSweepsOptions = {}): AutoAcceptSweeps {
  const totals: AutoAcceptSummary = { considered: 0, accepted: 0, flagged: 0 };
  let dirty = false;
  let running: Promise<void> | undefined;
  const sweep = (): Promise<void> => {
    if (running) return running;
    if (!dirty) return Promise.resolve();
    dirty = false;
    running = autoAcceptClaims(db, policy)
      .then((s) => {
        totals.considered += s.considered;
        totals.accepted += s.accepted;
        totals.flagged += s.flagged;
      })
      .catch((error: unknown) => {
        dirty = true;
        options.onError?.(error);
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const timer = setInterval(() => void sweep(), options.intervalMs ?? 10_000);
  timer.unref();
  return {
    markDirty: () => {
      dirty = true;
    },
    stop: async () => {
      clearInterval(timer);
      await running;
      await sweep();
      return { ...totals };
    },
  };
}
