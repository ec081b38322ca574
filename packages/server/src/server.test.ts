import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { createEntity, createSqliteDb, createStatement, ingest, loadConfig, migrateToLatest, NO_EXTRACTION } from '@shahrnet/core';
import { change, cityInput, membershipInput, networkInput } from '@shahrnet/core/testing/factories.js';
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

describe('startServer with SQLite reader threads', () => {
  it('answers the entity page, the timeline and article search exactly as without them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shahrnet-server-readers-'));
    const file = join(dir, 'db.sqlite');
    try {
      const seed = createSqliteDb(file);
      await migrateToLatest(seed.db);
      const network = await createEntity(seed.db, networkInput('شبکه شهرهای آزمون', 'Test Cities Network'), change());
      const ids: string[] = [network.id];
      for (const [fa, en] of [['یزد', 'Yazd'], ['رشت', 'Rasht'], ['اراک', 'Arak']] as const) {
        const city = await createEntity(seed.db, cityInput(fa, en), change());
        ids.push(city.id);
        await createStatement(seed.db, membershipInput(city.id, network.id, { start: '2021-05' }), change());
      }
      writeFileSync(
        join(dir, 'news.jsonl'),
        [
          { url: 'https://news.test/1', title: 'پیوستن یزد به شبکه', published: '2021-05-02', text: 'شهر یزد عضو شبکه شهرهای آزمون شد.' },
          { url: 'https://news.test/2', title: 'نشست رشت', published: '2022-01-10', text: 'شهرداران در رشت درباره شبکه شهرهای آزمون گفت‌وگو کردند.' },
        ]
          .map((r) => JSON.stringify(r))
          .join('\n'),
      );
      await ingest(seed.db, [join(dir, 'news.jsonl')], { extractor: NO_EXTRACTION });
      await seed.close();

      const paths = [...ids.flatMap((id) => [`/api/entities/${id}`, `/api/entities/${id}/timeline`]), `/api/articles?q=${encodeURIComponent('شبکه')}`];
      const read = async (readers: string): Promise<string[]> => {
        const config = loadConfig({ SHAHRNET_DB: file, PORT: '0', SHAHRNET_LOG_LEVEL: 'silent', SHAHRNET_PUBLIC_READ: 'true', SHAHRNET_SQLITE_READERS: readers });
        const server = await startServer(config, { webDist: join(dir, 'no-dist') });
        try {
          return await Promise.all(
            paths.map(async (path) => {
              const res = await fetch(`${server.url}${path}`);
              expect(res.status, path).toBe(200);
              return res.text();
            }),
          );
        } finally {
          await server.close();
        }
      };
      const without = await read('0');
      const withReaders = await read('2');
      expect(withReaders).toEqual(without);
      const networkPage = JSON.parse(without[0] as string) as { statements: unknown[] };
      expect(networkPage.statements).toHaveLength(3);
      expect((JSON.parse(without.at(-1) as string) as { total: number }).total).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
