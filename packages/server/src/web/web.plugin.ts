import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Where `npm run build` puts the web app, resolved from this module (no machine-specific path). */
export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

/**
 * Shown when the web app has not been built. Still Persian-first RTL, like the real index.html, and
 * bilingual so either reader knows what to do.
 */
export const NOT_BUILT_HTML = `<!doctype html>
<html lang="fa" dir="rtl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Shahrnet</title></head>
<body>
<h1>شهرنت</h1>
<p>برنامهٔ وب هنوز ساخته نشده است. در پوشهٔ مخزن <code>npm run build</code> را اجرا کنید و صفحه را دوباره بارگذاری کنید.</p>
<p dir="ltr" lang="en">The web app has not been built yet: run <code>npm run build</code> in the repository, then reload. The API is at <a href="/api/docs">/api/docs</a>.</p>
</body>
</html>
`;

const HASHED_ASSET = /[/\\]assets[/\\]/;

/**
 * Serves the built SPA from `dist` (when it exists): hashed files under `assets/` are cached for a year
 * as immutable, everything else (index.html above all) must be revalidated so a new release shows up at
 * once. Returns the handler for GETs that match nothing: `index.html` (client-side routing), or the
 * "not built" page when there is no build.
 */
export async function registerWeb(
  app: FastifyInstance,
  dist: string,
): Promise<(request: FastifyRequest, reply: FastifyReply) => FastifyReply> {
  const built = existsSync(join(dist, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: dist,
      prefix: '/',
      wildcard: true,
      index: ['index.html'],
      cacheControl: false,
      setHeaders: (res, path) => {
        res.header('cache-control', HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  return (_request, reply) => {
    if (!built) return reply.status(200).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(NOT_BUILT_HTML);
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  };
}
