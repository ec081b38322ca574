import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { generateOpenApiDocument, OPENAPI_FILE } from './openapi-document.js';

describe('committed OpenAPI document', () => {
  it('matches the route schemas (regenerate with: npm run openapi -w @shahrnet/server)', async () => {
    const generated = await generateOpenApiDocument();
    const committed = readFileSync(OPENAPI_FILE, 'utf8');
    // Compare parsed first for a readable diff, then the exact text (formatting is part of the contract).
    expect(JSON.parse(committed), 'packages/server/openapi.json is stale: run npm run openapi -w @shahrnet/server').toEqual(
      JSON.parse(generated),
    );
    expect(committed).toBe(generated);
  });

  it('documents the error shape and every API path with its operations', async () => {
    const doc = JSON.parse(await generateOpenApiDocument());
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.components.schemas.Error.properties.error.properties.code.enum).toContain('csrf_failed');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/auth/sign-in', '/api/users/{id}', '/api/tokens']));
    expect(doc.paths['/api/users'].post.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['username', 'password', 'role']),
    );
  });
});
