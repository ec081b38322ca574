import { cpus } from 'node:os';
import { describe, expect, it } from 'vitest';
import { machine } from './machine.js';

describe('machine', () => {
  it('names the CPU, the CPU count, the memory, Node.js and the kernel this process runs on', () => {
    const m = machine();
    expect(m.cpu_model).toBe(cpus()[0]?.model.trim());
    expect(m.cpus).toBeGreaterThanOrEqual(1);
    expect(m.memory_bytes).toBeGreaterThan(0);
    expect(m.node).toBe(process.version);
    expect(m.kernel).toMatch(/^\d+\.\d+/);
  });
});
