import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { loadConfig } from '@shahrnet/core';
import { startServer } from './server.js';

describe('startServer', () => {
  it('migrates a fresh SQLite file, listens, answers health, and keeps the session secret beside the database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shahrnet-server-'));
    const config = loadConfig({ SHAHRNET_DB: join(dir, 'db.sqlite'), PORT: '0', SHAHRNET_LOG_LEVEL: 'silent' });
    const server = await startServer(config, { webDist: join(dir, 'no-dist') });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(server.hasUsers).toBe(false);
      const res = await fetch(`${server.url}/api/health`);
      expect(await res.json()).toEqual({ status: 'ok' });
      const page = await fetch(`${server.url}/`);
      expect(await page.text()).toContain('<html lang="fa" dir="rtl">');
      expect(statSync(join(dir, 'session-secret')).mode & 0o777).toBe(0o600);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
