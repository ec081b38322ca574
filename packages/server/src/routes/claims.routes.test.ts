import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { recordClaims, type Fact } from '@shahrnet/core';
import { forEachDialect } from '@shahrnet/core/testing/dialects.js';
import { ref, reported, seedArticle, seedWorld, type World } from '@shahrnet/core/claims/claims-test-kit.js';
import { addUser, buildTestApp, tokenFor } from '../testing/test-app.js';

const ctx = { extractorVersion: 'test-1', now: '2025-03-01T00:00:00.000Z' };

forEachDialect(
  'claims, review and query routes',
  (getDb) => {
    let app: FastifyInstance;
    let base = '';
    let token = '';
    let w: World;
    let claimId = '';

    beforeAll(async () => {
      const { db } = getDb();
      w = await seedWorld(db);
      await seedArticle(db, { id: 'art-1', site: 'alpha.ir', published: '2022-01-20' });
      await seedArticle(db, { id: 'art-2', site: 'beta.ir', published: '2022-01-21' });
      const fact = { kind: 'membership', member: ref('city', 'قزوین', 'Qazvin', w.qazvin), org: ref('org', 'مجمع', 'Assembly', w.assembly), ordinal: 20, date: '2022-01', ...reported('قزوین بیستمین شهر عضو مجمع کلانشهرها شد.') } as Fact;
      claimId = (await recordClaims(db, 'art-1', [fact], ctx)).claimIds[0] as string;
      await recordClaims(db, 'art-2', [{ kind: 'seat', org: ref('org', 'مجمع', 'Assembly', w.assembly), city: ref('city', 'کرج', 'Karaj'), ...reported('دفتر تازه مجمع در کرج گشایش یافت.') } as Fact], ctx);
      token = await tokenFor(db, await addUser(db, 'reviewer'));
      app = await buildTestApp(db);
      await app.listen({ port: 0, host: '127.0.0.1' });
      base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      await app?.close();
    });

    const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
      fetch(`${base}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });

    it('lists the queue with filters and serves a claim with its ETag and evidence', async () => {
      const list = (await (await call('GET', '/api/claims?kind=membership&site=alpha.ir&min_confidence=0.5')).json()) as { items: { id: string }[] };
      expect(list.items.map((c) => c.id)).toEqual([claimId]);
      expect(((await (await call('GET', '/api/claims?site=nowhere.ir')).json()) as { items: unknown[] }).items).toEqual([]);
      const res = await call('GET', `/api/claims/${claimId}`);
      expect(res.headers.get('etag')).toBe('"1"');
      const claim = (await res.json()) as { evidence: { sentence: string; url: string }[]; arguments: { entity: { id: string } }[] };
      expect(claim.evidence[0]).toMatchObject({ sentence: 'قزوین بیستمین شهر عضو مجمع کلانشهرها شد.', url: 'https://alpha.ir/news/art-1' });
      expect(claim.arguments.map((a) => a.entity.id)).toEqual([w.qazvin, w.assembly]);
      expect((await call('POST', `/api/claims/${claimId}/accept`, {})).status).toBe(428);
    });

    it('lets one of two concurrent accepts with the same If-Match win; the other gets 412', async () => {
      const [a, b] = await Promise.all([
        call('POST', `/api/claims/${claimId}/accept`, { reason: 'reviewer A' }, { 'if-match': '"1"' }),
        call('POST', `/api/claims/${claimId}/accept`, { reason: 'reviewer B' }, { 'if-match': '"1"' }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 412]);
      const loser = a.status === 412 ? a : b;
      expect(((await loser.json()) as { error: { code: string } }).error.code).toBe('precondition_failed');
      const claim = (await (await call('GET', `/api/claims/${claimId}`)).json()) as { status: string; version: number; statement_ids: string[] };
      expect(claim).toMatchObject({ status: 'accepted', version: 2 });
      expect(claim.statement_ids).toHaveLength(1);
    });

    it('shows the accepted fact on the timelines and in the as-of members view, with the sentence', async () => {
      const t = (await (await call('GET', `/api/entities/${w.qazvin}/timeline`)).json()) as { items: { statement: { kind: string; ordinal: number; references: { quote: string }[] } }[] };
      expect(t.items.map((i) => [i.statement.kind, i.statement.ordinal, i.statement.references[0]?.quote])).toEqual([['membership', 20, 'قزوین بیستمین شهر عضو مجمع کلانشهرها شد.']]);
      const members = (await (await call('GET', `/api/organizations/${w.assembly}/members?date=jalali:1401-01-01`)).json()) as { day: string; items: { holder: { id: string }; ordinal: number }[] };
      expect(members.day).toBe('2022-03-21');
      expect(members.items.map((i) => [i.holder.id, i.ordinal])).toEqual([[w.qazvin, 20]]);
      const graph = (await (await call('GET', `/api/entities/${w.assembly}/graph?hops=1`)).json()) as { nodes: { id: string }[] };
      expect(graph.nodes.map((n) => n.id).sort()).toEqual([w.assembly, w.qazvin].sort());
    });

    it('resolves a queued name through the API and rejects with a reason', async () => {
      const queue = (await (await call('GET', '/api/reconciliation')).json()) as { items: { key: string; link: string }[] };
      expect(queue.items).toEqual([expect.objectContaining({ key: 'city:کرج', link: 'candidate' })]);
      const done = await call('POST', '/api/reconciliation/resolve', { key: 'city:کرج', action: 'create', reason: 'a city of Iran' });
      expect(done.status).toBe(200);
      expect(((await done.json()) as { claims_updated: number }).claims_updated).toBe(1);
      const seat = ((await (await call('GET', '/api/claims?kind=seat')).json()) as { items: { id: string; version: number }[] }).items[0];
      expect((await call('POST', `/api/claims/${seat?.id}/reject`, {}, { 'if-match': `"${seat?.version}"` })).status).toBe(400);
      const rejected = await call('POST', `/api/claims/${seat?.id}/reject`, { reason: 'the office is elsewhere' }, { 'if-match': `"${seat?.version}"` });
      expect(((await rejected.json()) as { status: string }).status).toBe('rejected');
    });
  },
  { reset: false },
);
