import { getArticle, listArticles, searchArticles } from '@shahrnet/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, idParamsSchema } from '../http/common.schemas.js';
import type { RouteDeps } from '../http/route-deps.js';
import { articleDetailSchema, articleDetailToJson, articleSummaryToJson, articlesPageSchema, articlesQuerySchema, searchResultToJson } from './articles.schemas.js';

/**
 * Ingested news articles: search (with `q`: Persian-folded full text, highlighted snippets and facets)
 * or the latest (without `q`, filterable by site and mentioned entity), and one article's reader view
 * (cleaned and raw text, near-duplicates, the claims read from it). Readable like entity pages; the
 * machine claims inside an article are only shown to signed-in users, as on /api/claims.
 */
export function registerArticlesRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/articles',
    {
      config: { access: 'read' },
      schema: {
        tags: ['articles'],
        summary: 'Search articles (q: folded full text with snippets and facets) or list the latest ones',
        querystring: articlesQuerySchema,
        response: { 200: articlesPageSchema, ...errorResponses(401) },
      },
    },
    async (request) => {
      const q = request.query;
      if (q.q !== undefined && q.q.trim() !== '') {
        const result = await searchArticles(deps.db, {
          q: q.q,
          limit: q.limit,
          offset: q.offset,
          ...(q.site ? { site: q.site } : {}),
          ...(q.year !== undefined ? { year: q.year } : {}),
          ...(q.entity ? { entity: q.entity } : {}),
        });
        return searchResultToJson(result);
      }
      const page = await listArticles(deps.db, { limit: q.limit, offset: q.offset, ...(q.site ? { site: q.site } : {}), ...(q.entity ? { entity: q.entity } : {}) });
      return { total: page.total, items: page.items.map((a) => ({ ...articleSummaryToJson(a), title_highlighted: null, snippet: null })), facets: null };
    },
  );

  r.get(
    '/api/articles/:id',
    {
      config: { access: 'read' },
      schema: {
        tags: ['articles'],
        summary: 'One article: cleaned and raw text, near-duplicates and the claims extracted from it',
        params: idParamsSchema,
        response: { 200: articleDetailSchema, ...errorResponses(401, 404) },
      },
    },
    async (request) => articleDetailToJson(await getArticle(deps.db, request.params.id), request.auth.user !== null),
  );
}
