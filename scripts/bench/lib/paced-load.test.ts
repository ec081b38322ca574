import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { pacedLoad, quantile } from './paced-load.js';

describe('quantile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(values, 0.5)).toBe(50);
    expect(quantile(values, 0.99)).toBe(99);
    expect(quantile(values, 1)).toBe(100);
    expect(quantile([], 0.5)).toBe(0);
  });
});

describe('pacedLoad', () => {
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;
  });

  async function serve(handler: (n: number, send: () => void) => void): Promise<string> {
    let n = 0;
    server = createServer((req, res) => {
      const send = (): void => {
        const body = JSON.stringify({ n, pad: 'x'.repeat(20_000) });
        res.writeHead(req.url === '/missing' ? 404 : 200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      };
      handler(n++, send);
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it('sends at the rate asked for and reads every response whole', async () => {
    const url = await serve((_, send) => send());
    const paths = ['/a', '/missing'];
    let i = 0;
    const result = await pacedLoad({ url, path: () => paths[i++ % 2] as string, rate: 200, durationS: 1, connections: 4 });
    expect(result.errors).toBe(0);
    expect(result.non2xx).toBe(100);
    expect(result.rps).toBeGreaterThan(150);
    expect(result.rps).toBeLessThanOrEqual(210);
    expect(result.p50).toBeLessThan(50);
  });

  it('counts a response it cannot frame (no Content-Length) as an error', async () => {
    server = createServer((_, res) => {
      res.write('chunked, ');
      res.end('no length');
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const result = await pacedLoad({ url, path: () => '/', rate: 50, durationS: 0.2, connections: 2 });
    expect(result.errors).toBe(10);
  });

  it('counts the time a request waited behind a stalled server from when it was due', async () => {
    // The 10th request is answered 300 ms late; with one connection every request due meanwhile waits.
    const url = await serve((n, send) => (n === 10 ? setTimeout(send, 300) : send()));
    const result = await pacedLoad({ url, path: () => '/a', rate: 100, durationS: 1, connections: 1 });
    expect(result.errors).toBe(0);
    expect(result.max).toBeGreaterThanOrEqual(290);
    // ~30 requests fall due during the stall and show it; counted from when each was sent, only the
    // stalled one would, and the 99th of 100 latencies would be small.
    expect(result.p99).toBeGreaterThan(200);
  });
});
