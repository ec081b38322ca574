import { getEntity, getEntityRendered, labelsOf, seededRandom, STATEMENT_KINDS, type Db, type EntityName } from '@shahrnet/core';
import { forEachDialect } from '@shahrnet/core/testing/dialects.js';
import { expect, it } from 'vitest';
import { entityPageToJson, renderedEntityPageBody } from './entities.schemas.js';

/**
 * A registry written straight into the tables, with what the use cases may leave there and what
 * tells engines apart: ids and dates that tie or differ only in letter case (the database must order
 * them as JavaScript does, not by locale), every date precision and calendar including missing and
 * unknown ones, labels in one language only, optional source fields, rejected statements, merged ids
 * that statements and record sources still point to, names with validity periods, several values of
 * one identifier scheme, URLs whose code-point and locale orders differ, and `data` with nested
 * Persian text and numbers. Label columns are what every write keeps them: `labelsOf(names)`.
 */
async function fillRegistry(db: Db, seed: number): Promise<string[]> {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const maybe = <T>(x: T, p = 0.5): T | null => (rnd() < p ? x : null);
  const at = (i: number) => `2030-01-0${1 + (i % 3)}T00:00:00.000Z`;
  const TYPES = ['city', 'organization', 'person', 'event', 'post', 'agreement'] as const;
  const entityIds = Array.from({ length: 14 }, (_, i) => pick(['e', 'E', 'x']) + String(i));
  const validity = (prefix: 'valid_from' | 'valid_to') => {
    const value = maybe(pick(['1390', '1390-05', '2011-08-01']), 0.3);
    return {
      [prefix]: value,
      [`${prefix}_precision`]: value === null ? null : maybe(pick(['year', 'month', 'day', 'decade'])),
      [`${prefix}_calendar`]: value === null ? null : maybe(pick(['gregorian', 'jalali'])),
    };
  };
  const names = entityIds.flatMap((id, i) =>
    Array.from({ length: Math.floor(rnd() * 4) }, (_, position) => ({
      id: `n${i}-${position}`,
      entity_id: id,
      position,
      lang: pick(['fa', 'fa', 'en']),
      text: pick([`نام ${i}/${position}`, `Name ${i}/${position}`]),
      kind: pick(['official', 'alias', 'former', 'acronym']),
      key: `name ${i} ${position}`,
      ...validity('valid_from'),
      ...validity('valid_to'),
    })),
  );
  const labelsFor = (id: string) =>
    labelsOf(names.filter((n) => n.entity_id === id).map((n) => ({ lang: n.lang, text: n.text, kind: n.kind as EntityName['kind'] })));
  const entities = entityIds.map((id, i) => ({
    id,
    type: pick(TYPES),
    label_fa: labelsFor(id).fa ?? null,
    label_en: labelsFor(id).en ?? null,
    sort_key: id,
    attributes: JSON.stringify(i % 3 === 0 ? { country: 'IR', population: 1000 * i, note: null } : {}),
    merged_into: null as string | null,
    version: 1 + (i % 4),
    created_at: at(i),
    updated_at: at(i),
  }));
  // Two ids merged into the first entity; statements and record sources keep pointing to them.
  entities[1]!.merged_into = entityIds[0]!;
  entities[2]!.merged_into = entityIds[0]!;
  await db.insertInto('entities').values(entities).execute();
  if (names.length) await db.insertInto('entity_names').values(names).execute();
  const identifiers = entityIds.flatMap((id) =>
    [...new Set(Array.from({ length: Math.floor(rnd() * 4) }, () => `${pick(['wikidata', 'osm', 'geonames'])}\u0000${pick(['Q5', 'q4', 'Q10', '7'])}`))].map((k) => {
      const [scheme, value] = k.split('\u0000') as [string, string];
      return { entity_id: id, scheme, value };
    }),
  );
  if (identifiers.length) await db.insertInto('entity_identifiers').values(identifiers).execute();
  const sources = Array.from({ length: 6 }, (_, i) => ({
    id: `src${i}`,
    url: `https://news.example.org/${['b', 'A', '_x', 'a-b', 'Z', 'ab'][i]}`,
    title: maybe(`گزارش ${i}`),
    publisher: maybe(`site${i}.example`),
    published: maybe(pick(['2016', '2016-04', '2016-04-11', '2016-04-11T10:00:00Z'])),
    retrieved: maybe('2024-01-02'),
    content_hash: null,
    created_at: at(i),
  }));
  await db.insertInto('sources').values(sources).execute();
  const recordLinks = entityIds.flatMap((id, i) =>
    sources.filter(() => rnd() < (i < 3 ? 0.6 : 0.2)).map((src) => ({ entity_id: id, source_id: src.id, quote: maybe('یک جمله') })),
  );
  if (recordLinks.length) await db.insertInto('entity_references').values(recordLinks).execute();
  const date = () => maybe(pick(['2019', '2019-05', '2019-05-07', '2019-05-07', '1398-02-17']), 0.8);
  const statements = Array.from({ length: 90 }, (_, i) => {
    const start = date();
    const end = date();
    return {
      id: pick(['s', 'S', 't']) + String(i),
      kind: pick(STATEMENT_KINDS),
      subject_id: pick(entityIds),
      object_id: maybe(pick(entityIds), 0.8),
      post_id: maybe(pick(entityIds), 0.2),
      role: maybe(pick(['mayor', 'member', 'president'])),
      on_behalf_of_id: maybe(pick(entityIds), 0.2),
      ordinal: maybe(1 + Math.floor(rnd() * 150), 0.3),
      how: maybe(pick(['elected', 'appointed']), 0.3),
      start_date: start,
      start_precision: start === null ? null : maybe(pick(['year', 'month', 'day', 'decade'])),
      start_calendar: start === null ? null : maybe(pick(['gregorian', 'jalali', 'hijri'])),
      end_date: end,
      end_precision: end === null ? null : maybe(pick(['year', 'month', 'day'])),
      end_calendar: end === null ? null : maybe(pick(['gregorian', 'jalali'])),
      rank: pick(['normal', 'preferred', 'deprecated']),
      status: pick(['accepted', 'accepted', 'proposed', 'rejected']),
      data: JSON.stringify(rnd() < 0.5 ? {} : { note: 'هیئت\u200cرئیسه «متروپلیس»', share: 0.25, list: [1, 'دو', { three: null }] }),
      version: 1 + (i % 3),
      created_at: at(i),
      updated_at: at(i),
    };
  });
  await db.insertInto('statements').values(statements).execute();
  const references = statements.flatMap((s, i) =>
    Array.from({ length: Math.floor(rnd() * 4) }, (_, k) => ({
      id: `${pick(['r', 'R'])}${i}-${k}`,
      statement_id: s.id,
      source_id: pick(sources).id,
      quote: maybe(`جمله ${i}/${k} درباره «${s.kind}»`),
      char_start: maybe(k * 10),
      char_end: maybe(k * 10 + 5),
      extractor_version: maybe('test-1'),
      confidence: maybe(0.75),
      created_at: at(k),
    })),
  );
  if (references.length) await db.insertInto('statement_references').values(references).execute();
  return entityIds;
}

forEachDialect('entity page rendered by the database', (getDb) => {
  it('is the document entityPageToJson makes of getEntity, for every entity and merged id of generated registries', async () => {
    const { db } = getDb();
    for (const seed of [1, 2, 3]) {
      await db.deleteFrom('statement_references').execute();
      await db.deleteFrom('statements').execute();
      await db.deleteFrom('entity_references').execute();
      await db.deleteFrom('entity_identifiers').execute();
      await db.deleteFrom('entity_names').execute();
      await db.updateTable('entities').set({ merged_into: null }).execute();
      await db.deleteFrom('entities').execute();
      await db.deleteFrom('sources').execute();
      const ids = await fillRegistry(db, seed);
      let statementsSeen = 0;
      for (const id of ids) {
        const rendered = JSON.parse(renderedEntityPageBody(await getEntityRendered(db, id)).toString('utf8')) as { statements: unknown[] };
        const expected = entityPageToJson(await getEntity(db, id));
        expect(rendered, `entity ${id}, seed ${seed}`).toEqual(expected);
        statementsSeen += rendered.statements.length;
      }
      // The generated registries are not trivially empty pages.
      expect(statementsSeen).toBeGreaterThan(90);
    }
  });

  it('redirects a merged id, and an unknown id is not found', async () => {
    const { db } = getDb();
    const ids = await fillRegistry(db, 4);
    const page = JSON.parse(renderedEntityPageBody(await getEntityRendered(db, ids[1]!)).toString('utf8')) as { id: string; redirected_from: string; all_ids: string[] };
    expect(page.id).toBe(ids[0]);
    expect(page.redirected_from).toBe(ids[1]);
    expect(page.all_ids).toEqual(expect.arrayContaining([ids[0], ids[1], ids[2]]));
    await expect(getEntityRendered(db, 'nobody')).rejects.toMatchObject({ code: 'not_found' });
  });
});
