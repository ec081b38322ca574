import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_PATHS } from './endpoints.ts';

const openapiUrl = new URL('../../../server/openapi.json', import.meta.url);
const published = existsSync(openapiUrl);

/**
 * The client's types are written from the contract; the server's generated OpenAPI document is the
 * truth. Once the server commits packages/server/openapi.json, every path the client calls must be in it.
 */
describe.skipIf(!published)('API paths against packages/server/openapi.json', () => {
  it('every path the web client calls is in the OpenAPI document', () => {
    const doc = JSON.parse(readFileSync(openapiUrl, 'utf8')) as { paths?: Record<string, unknown> };
    const paths = Object.keys(doc.paths ?? {}).map((p) => p.replace(/{[^}]+}/g, '{id}'));
    const missing = Object.values(API_PATHS).filter((p) => !paths.includes(p));
    expect(missing).toEqual([]);
  });
});
