/**
 * Regenerates packages/server/openapi.json from the route schemas:
 * `npm run openapi -w @shahrnet/server`. The test `openapi-document.test.ts` fails while it is stale.
 */
import { writeFileSync } from 'node:fs';
import { generateOpenApiDocument, OPENAPI_FILE } from './openapi-document.js';

writeFileSync(OPENAPI_FILE, await generateOpenApiDocument());
process.stdout.write(`wrote ${OPENAPI_FILE}\n`);
