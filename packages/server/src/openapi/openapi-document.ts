import { fileURLToPath } from 'node:url';
import { loadConfig } from '@shahrnet/core';
import { buildApp } from '../app.js';

/** The committed OpenAPI document (packages/server/openapi.json), which the web client is typed from. */
export const OPENAPI_FILE = fileURLToPath(new URL('../../openapi.json', import.meta.url));

/**
 * The OpenAPI document as committed: generated from the route schemas of an app built with the
 * default configuration, serialized with two-space indentation and a final newline. It does not touch
 * the database (building the app runs no query).
 */
export async function generateOpenApiDocument(): Promise<string> {
  const app = await buildApp({
    config: loadConfig({ SHAHRNET_LOG_LEVEL: 'silent' }),
    // Building and documenting the app never queries the database.
    db: undefined as never,
    sessionSecret: 'x'.repeat(32),
  });
  try {
    return JSON.stringify(app.swagger(), null, 2) + '\n';
  } finally {
    await app.close();
  }
}
