import type { ArticleDetail, ArticleHit, ArticleSummary, Highlighted, PartialDate, SearchArticlesResult } from '@shahrnet/core';
import { z } from 'zod';
import { labelsSchema, partialDateSchema } from '../http/common.schemas.js';
import { claimSchema, claimToJson } from './claims.schemas.js';

/** `GET /api/articles` query: with `q` a full-text search, without it the latest articles. */
export const articlesQuerySchema = z.object({
  q: z.string().max(500).optional().describe('Free text; words are ANDed after Persian folding (ك/ک, ي/ی, ZWNJ…)'),
  site: z.string().max(200).optional(),
  year: z.coerce.number().int().min(1000).max(3000).optional().describe('Gregorian publication year (only with q)'),
  entity: z.string().max(200).optional().describe('Only articles whose extracted facts mention this entity'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});

/** Text with the `[start, end)` UTF-16 offsets of the words that matched the query. */
export const highlightedSchema = z
  .object({ text: z.string(), highlights: z.array(z.tuple([z.number().int(), z.number().int()])) })
  .meta({ id: 'Highlighted' });

/** An article in a list: where and when it was published, and (when searching) its highlighted snippet. */
export const articleSummarySchema = z
  .object({
    id: z.string(),
    url: z.string().nullable(),
    site: z.string().nullable(),
    title: z.string(),
    language: z.string(),
    published: partialDateSchema.nullable(),
    duplicate_of: z.string().nullable().describe('The earlier article this one repeats (syndicated copy)'),
  })
  .meta({ id: 'ArticleSummary' });

/** One search or list result. `title_highlighted`/`snippet` are null when listing without a query. */
export const articleHitSchema = articleSummarySchema
  .extend({ title_highlighted: highlightedSchema.nullable(), snippet: highlightedSchema.nullable() })
  .meta({ id: 'ArticleHit' });

const facetSchema = <T extends z.ZodType>(value: T) => z.object({ value, count: z.number().int(), label: labelsSchema.optional() });

/** `GET /api/articles` response. Facets are over all matches (null when listing without a query). */
export const articlesPageSchema = z
  .object({
    total: z.number().int(),
    items: z.array(articleHitSchema),
    facets: z.object({ site: z.array(facetSchema(z.string())), year: z.array(facetSchema(z.number().int())), entity: z.array(facetSchema(z.string())) }).nullable(),
  })
  .meta({ id: 'ArticlesPage' });

/** `GET /api/articles/:id`: the reader view. `raw` is the record as read; clients must show it as text. */
export const articleDetailSchema = articleSummarySchema
  .extend({
    text: z.string().describe('Cleaned text; evidence offsets point into it'),
    raw: z.string().describe('The record as read (text, HTML, feed item): untrusted, display as text only'),
    raw_format: z.string(),
    ingested_at: z.string(),
    similarity: z.number().nullable(),
    extractor_version: z.string().nullable(),
    duplicates: z.array(articleSummarySchema.extend({ similarity: z.number().nullable() })).describe('Its original and the other copies of the same story'),
    claims: z.array(claimSchema).describe('Claims with a report from this article, any status (empty for anonymous readers)'),
  })
  .meta({ id: 'ArticleDetail' });

function publishedDate(value: string | null, precision: string | null): PartialDate | null {
  if (!value) return null;
  const p = precision === 'year' || precision === 'month' || precision === 'day' ? precision : value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
  return { value, precision: p, calendar: 'gregorian' };
}

/** The API form of an article summary. */
export function articleSummaryToJson(a: ArticleSummary | ArticleHit): z.output<typeof articleSummarySchema> {
  return {
    id: a.id,
    url: a.url,
    site: a.site,
    title: typeof a.title === 'string' ? a.title : a.title.text,
    language: a.language,
    published: publishedDate(a.published, a.publishedPrecision),
    duplicate_of: a.duplicateOf,
  };
}

const hl = (h: Highlighted): z.output<typeof highlightedSchema> => ({ text: h.text, highlights: h.highlights.map(([s, e]): [number, number] => [s, e]) });

/** The API form of a search result page. */
export function searchResultToJson(r: SearchArticlesResult): z.output<typeof articlesPageSchema> {
  return {
    total: r.total,
    items: r.items.map((h) => ({ ...articleSummaryToJson(h), title_highlighted: hl(h.title), snippet: hl(h.snippet) })),
    facets: {
      site: r.facets.site.map((f) => ({ value: f.value, count: f.count })),
      year: r.facets.year.map((f) => ({ value: f.value, count: f.count })),
      entity: r.facets.entity.map((f) => ({
        value: f.value,
        count: f.count,
        label: { ...(f.label?.fa ? { fa: f.label.fa } : {}), ...(f.label?.en ? { en: f.label.en } : {}) },
      })),
    },
  };
}

/** The API form of an article's reader view; `withClaims` false leaves machine claims out (anonymous readers). */
export function articleDetailToJson(a: ArticleDetail, withClaims: boolean): z.output<typeof articleDetailSchema> {
  return {
    ...articleSummaryToJson(a),
    text: a.text,
    raw: a.raw,
    raw_format: a.rawFormat,
    ingested_at: a.ingestedAt,
    similarity: a.similarity,
    extractor_version: a.extractorVersion,
    duplicates: a.duplicates.map((d) => ({ ...articleSummaryToJson(d), similarity: d.similarity })),
    claims: withClaims ? a.claims.map((c) => claimToJson(c, a.related)) : [],
  };
}
