import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article.js';
import { loadGazetteer } from './load-gazetteer.js';
import { sameEntity, scoreArticles } from './score.js';

const city = (en: string, fa: string) => ({ en, fa, type: 'city' });

describe('scoreArticles', () => {
  it('matches entities by English label or folded Persian form', () => {
    expect(sameEntity({ en: 'Bogotá' }, { en: 'bogota' })).toBe(true);
    expect(sameEntity({ fa: 'کلان‌شهرها' }, { fa: 'كلان شهرها' })).toBe(true);
    expect(sameEntity({ en: 'Oslo' }, { en: 'Osaka' })).toBe(false);
    // empty or punctuation-only labels never match
    expect(sameEntity({ en: '', fa: '' }, { en: '', fa: '' })).toBe(false);
    expect(sameEntity({ en: '--' }, { en: '..' })).toBe(false);
  });

  it('counts a post whose holder is the gold on_behalf_of city, and each prediction once', () => {
    const gold = [
      { kind: 'post', holder: { en: 'Pirouz Hanachi' }, role: 'vice_president', org: { en: 'Metropolis' }, on_behalf_of: city('Tehran', 'تهران') },
      { kind: 'post', holder: city('Berlin', 'برلین'), role: 'vice_president', org: { en: 'Metropolis' } },
    ];
    const pred = [
      { kind: 'post', holder: city('Tehran', 'تهران'), role: 'vice_president', org: { en: 'Metropolis' } },
      { kind: 'post', holder: city('Paris', 'پاریس'), role: 'vice_president', org: { en: 'Metropolis' } },
    ];
    const r = scoreArticles([{ id: 'a', gold, pred }]);
    expect(r.byKind.post).toMatchObject({ gold: 2, pred: 2, hit: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(r.misses).toHaveLength(1);
  });

  it('meeting overlap of two, agreement with all parties, event by org or host', () => {
    const gold = [
      { kind: 'meeting', participants: [{ en: 'Alice Smith' }, { en: 'Bruno Diaz' }, { en: 'Chen Wei' }] },
      { kind: 'agreement', agreement_type: 'mou', parties: [city('Tabriz', 'تبریز'), city('Kazan', 'کازان')] },
      { kind: 'event', event_type: 'summit', host: city('Hamedan', 'همدان') },
    ];
    const pred = [
      { kind: 'meeting', participants: [{ en: 'Chen Wei' }, { en: 'Alice Smith' }] },
      { kind: 'agreement', agreement_type: 'mou', parties: [city('Tabriz', 'تبریز')] },
      { kind: 'event', event_type: 'summit', host: { fa: 'همدان' }, org: { en: 'Other Network' } },
    ];
    const r = scoreArticles([{ id: 'a', gold, pred }]);
    expect(r.byKind.meeting?.hit).toBe(1);
    expect(r.byKind.agreement?.hit).toBe(0);
    expect(r.byKind.event?.hit).toBe(1);
    expect(r.overall).toMatchObject({ gold: 3, pred: 3, hit: 2 });
  });

  const corpus = new URL('../../../../../shared/corpus/', import.meta.url);
  it.skipIf(!existsSync(corpus))('agrees with corpus/score.mjs on the seeds', async () => {
    const gz = await loadGazetteer();
    const seeds = new URL('seeds/', corpus).pathname;
    const goldDir = new URL('gold/', corpus).pathname;
    const out = mkdtempSync(join(tmpdir(), 'shahrnet-score-'));
    try {
      const articles = [];
      for (const name of readdirSync(goldDir).filter((n) => n.endsWith('.json'))) {
        const id = name.slice(0, -5);
        const gold = JSON.parse(readFileSync(join(goldDir, name), 'utf8')) as { facts: unknown[] };
        const pred = extractArticle({ id, text: readFileSync(join(seeds, `${id}.txt`), 'utf8') }, gz).facts;
        writeFileSync(join(out, name), JSON.stringify({ id, facts: pred }));
        articles.push({ id, gold: gold.facts, pred });
      }
      const ours = scoreArticles(articles);
      const theirs = JSON.parse(execFileSync(process.execPath, [new URL('score.mjs', corpus).pathname, goldDir, out, '--json'], { encoding: 'utf8' })) as {
        overall: unknown;
        byKind: unknown;
      };
      expect(ours.overall).toEqual(theirs.overall);
      expect(ours.byKind).toEqual(theirs.byKind);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
