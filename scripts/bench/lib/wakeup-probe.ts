import { Worker } from 'node:worker_threads';
import { quantile } from './paced-load.js';

/** How late an idle thread's 1 ms timer fired while the probe ran (milliseconds past due). */
export interface WakeupFigures {
  p99: number;
  max: number;
  /** Timer firings observed. */
  samples: number;
}

// Plain JavaScript for `eval`: a worker gets no TypeScript loader. The thread does nothing but wake
// every millisecond, so how late it wakes is the machine's scheduling delay, not work of its own.
// It sends back the raw delays; the figures are made here.
const PROBE = `
const { parentPort } = require('node:worker_threads');
const late = [];
let due = performance.now() + 1;
const timer = setInterval(() => {
  const now = performance.now();
  late.push(Math.max(0, now - due));
  due = now + 1;
}, 1);
parentPort.once('message', () => {
  clearInterval(timer);
  const delays = Float64Array.from(late);
  parentPort.postMessage(delays, [delays.buffer]);
});
`;

/**
 * Starts a thread in this process that only wakes on a 1 ms timer and records how late each wake-up
 * is. Run beside a load test on the same machine, it tells how much of a latency tail the machine
 * itself adds: on the 2-core machine of the api bench it woke up to 21-28 ms late while the server
 * answered 1,000 req/s with the load generator on the same cores (two runs, 2026-12-07), where a
 * similar thread on the idle machine never woke more than 8 ms late in 10 s. `stop()` ends the
 * thread and returns the figures.
 */
export function startWakeupProbe(): { stop(): Promise<WakeupFigures> } {
  const worker = new Worker(PROBE, { eval: true });
  const round = (ms: number): number => Math.round(ms * 10) / 10;
  return {
    stop: () =>
      new Promise<WakeupFigures>((resolve, reject) => {
        worker.once('message', (delays: Float64Array) => {
          void worker.terminate();
          const sorted = [...delays].sort((a, b) => a - b);
          resolve({ p99: round(quantile(sorted, 0.99)), max: round(sorted.at(-1) ?? 0), samples: sorted.length });
        });
        worker.once('error', reject);
        worker.postMessage('stop');
      }),
  };
}
