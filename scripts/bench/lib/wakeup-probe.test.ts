import { describe, expect, it } from 'vitest';
import { startWakeupProbe } from './wakeup-probe.js';

describe('startWakeupProbe', () => {
  it('samples its own thread about every millisecond, independently of a busy main thread', async () => {
    const probe = startWakeupProbe();
    await new Promise((r) => setTimeout(r, 100));
    // Block this thread for 150 ms: the probe's thread keeps waking meanwhile.
    const until = Date.now() + 150;
    while (Date.now() < until);
    await new Promise((r) => setTimeout(r, 100));
    const figures = await probe.stop();
    // ~350 ms of 1 ms timers; a loaded CI machine fires fewer, never none.
    expect(figures.samples).toBeGreaterThan(50);
    expect(figures.max).toBeGreaterThanOrEqual(figures.p99);
    expect(figures.p99).toBeGreaterThanOrEqual(0);
    // Had it run on the blocked thread, one wake-up would have been ~150 ms late.
    expect(figures.max).toBeLessThan(140);
  });
});
