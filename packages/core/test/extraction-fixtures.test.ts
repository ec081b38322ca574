import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle, loadGazetteer, scoreArticles } from '../src/index.js';

/**
 * Our own articles (news style: site chrome, lost ZWNJ, Jalali dates, lists, titles resolved by date,
 * English ones too) with gold in the corpus format. The floors are the regression line: raise them as
 * extraction improves, never lower them without a written reason.
 */
const FLOOR_OVERALL = 0.97;
const FLOOR_PER_KIND = 0.95;

describe('extraction on the fixture articles', () => {
  it('reaches the F1 floors per kind and overall', async () => {
    const gz = await loadGazetteer();
    const dir = new URL('./fixtures/articles/', import.meta.url);
    const articles = readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .map((n) => {
        const id = n.slice(0, -4);
        const gold = JSON.parse(readFileSync(new URL(`${id}.json`, dir), 'utf8')) as { published: string | null; facts: unknown[] };
        const text = readFileSync(new URL(n, dir), 'utf8');
        return { id, gold: gold.facts, pred: extractArticle({ id, text, published: gold.published }, gz).facts };
      });
    expect(articles.length).toBeGreaterThanOrEqual(45);
    const report = scoreArticles(articles);
    for (const [kind, s] of Object.entries(report.byKind)) expect({ kind, f1: s.f1 >= FLOOR_PER_KIND }).toEqual({ kind, f1: true });
    expect(report.overall.f1).toBeGreaterThanOrEqual(FLOOR_OVERALL);
    expect(report.overall.precision).toBeGreaterThanOrEqual(FLOOR_OVERALL);
  });
});
