import { availableParallelism, cpus, release, totalmem } from 'node:os';

/** The machine a benchmark ran on, as printed beside its figures (snake_case, like the figures). */
export interface MachineFigures {
  /** The first CPU's model name as the kernel reports it (under a hypervisor often only the family). */
  cpu_model: string;
  /** CPUs this process may use. */
  cpus: number;
  memory_bytes: number;
  /** The Node.js version, e.g. `v20.20.2`. */
  node: string;
  /** The kernel release. */
  kernel: string;
}

/**
 * What machine the figures come from. Printed in every benchmark's JSON because the same code and the
 * same database gave very different figures on two machines of the same kind (the api bench's entity
 * page at a fixed 1,000 req/s: p99 54-97 ms on one, 3.5-32 ms on the next, 2026-12-07): a figure
 * without its machine cannot be compared with another.
 */
export function machine(): MachineFigures {
  return {
    cpu_model: cpus()[0]?.model.trim() ?? 'unknown',
    cpus: availableParallelism(),
    memory_bytes: totalmem(),
    node: process.version,
    kernel: release(),
  };
}
