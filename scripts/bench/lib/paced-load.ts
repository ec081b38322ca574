import { connect, type Socket } from 'node:net';

/** Figures of a paced run (milliseconds; rps = answered requests per second of the run). */
export interface PacedResult {
  p50: number;
  p99: number;
  max: number;
  rps: number;
  errors: number;
  non2xx: number;
}

/** The `q`-quantile (0..1) of sorted values, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

const HEADER_END = Buffer.from('\r\n\r\n');

/**
 * One keep-alive HTTP/1.1 connection that sends GETs one at a time and reads responses framed by
 * Content-Length (what the server sends for JSON bodies; anything else is counted as an error). A
 * hand-rolled client because the load generator shares the machine's two cores with the server:
 * node:http's client spent several times autocannon's CPU per request and its own pauses showed up as
 * server latency.
 */
class Connection {
  readonly #socket: Socket;
  #buffer: Buffer = Buffer.alloc(0);
  #need = -1;
  #status = 0;
  #current: ((ok: boolean, status: number) => void) | undefined;
  #dead = false;

  constructor(host: string, port: number) {
    this.#socket = connect({ host, port, noDelay: true });
    this.#socket.on('data', (chunk: Buffer) => this.#read(chunk));
    this.#socket.on('error', () => this.#end());
    this.#socket.on('close', () => this.#end());
  }

  get busy(): boolean {
    return this.#current !== undefined;
  }

  /** Sends a GET; `done` is called once, with ok false when the connection failed or is gone. */
  send(host: string, path: string, done: (ok: boolean, status: number) => void): void {
    if (this.#dead) {
      queueMicrotask(() => done(false, 0));
      return;
    }
    this.#current = done;
    this.#socket.write(`GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: keep-alive\r\n\r\n`);
  }

  close(): void {
    this.#socket.destroy();
  }

  #read(chunk: Buffer): void {
    this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
    if (this.#need < 0) {
      const end = this.#buffer.indexOf(HEADER_END);
      if (end < 0) return;
      const head = this.#buffer.subarray(0, end).toString('latin1');
      this.#status = Number(head.slice(9, 12));
      const length = /\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1];
      if (length === undefined) {
        this.#socket.destroy();
        return this.#end();
      }
      this.#need = end + HEADER_END.length + Number(length);
    }
    if (this.#buffer.length < this.#need) return;
    this.#buffer = this.#buffer.subarray(this.#need);
    this.#need = -1;
    const done = this.#current;
    this.#current = undefined;
    done?.(true, this.#status);
  }

  #end(): void {
    this.#dead = true;
    const done = this.#current;
    this.#current = undefined;
    done?.(false, 0);
  }
}

/**
 * Open-loop load at a fixed rate: request i is due at start + i / rate, whatever happened to the ones
 * before, over `connections` keep-alive connections (a request due while all are busy waits, in order,
 * for one). Latency is counted from the time a request was DUE to the end of its response, so time spent
 * queued behind a slow response counts against the server (no coordinated omission). autocannon's rate
 * option is no substitute: it lets each connection send its share of a second as fast as it can and then
 * pauses until the next second, i.e. bursts at full speed.
 */
export async function pacedLoad(opts: { url: string; path: () => string; rate: number; durationS: number; connections: number }): Promise<PacedResult> {
  const { hostname, port, host } = new URL(opts.url);
  const connections = Array.from({ length: opts.connections }, () => new Connection(hostname, Number(port)));
  const total = Math.round(opts.rate * opts.durationS);
  // The first request is due 50 ms from now, once the connections have had time to open.
  const start = performance.now() + 50;
  const dueAt = (i: number): number => start + (i * 1000) / opts.rate;
  const latencies: number[] = [];
  const waiting: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let due = 0;
  let settled = 0;
  await new Promise<void>((resolve) => {
    const dispatch = (): void => {
      for (const c of connections) {
        if (waiting.length === 0) return;
        if (c.busy) continue;
        const at = waiting.shift() as number;
        c.send(host, opts.path(), (ok, status) => {
          if (!ok) errors++;
          else {
            latencies.push(performance.now() - at);
            if (status < 200 || status >= 300) non2xx++;
          }
          if (++settled === total) resolve();
          else dispatch();
        });
      }
    };
    const tick = (): void => {
      const now = performance.now();
      while (due < total && dueAt(due) <= now) waiting.push(dueAt(due++));
      dispatch();
      if (due < total) setTimeout(tick, Math.max(0, dueAt(due) - performance.now()));
    };
    setTimeout(tick, Math.max(0, start - performance.now()));
  });
  const elapsedS = (performance.now() - start) / 1000;
  for (const c of connections) c.close();
  latencies.sort((a, b) => a - b);
  const round = (v: number): number => Math.round(v * 10) / 10;
  return {
    p50: round(quantile(latencies, 0.5)),
    p99: round(quantile(latencies, 0.99)),
    max: round(latencies.at(-1) ?? 0),
    rps: Math.round(latencies.length / elapsedS),
    errors,
    non2xx,
  };
}
