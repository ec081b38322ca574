import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Validator, type Schema } from 'jsonschema';
import type { PopoloDocument } from './popolo.types.js';

/**
 * Where the official Popolo JSON schemas (draft-03) are: `<repository>/../shared/popolo-schemas`.
 * They are not copied into the project (not ours to ship); a test that needs them fails with
 * a clear message when they are absent.
 */
export function popoloSchemaDir(): string {
  return fileURLToPath(new URL('../../../../../shared/popolo-schemas', import.meta.url));
}

/**
 * For tests and checks (its validator, `jsonschema`, is a devDependency: not exported from core).
 * Validates every object of an exported document against its Popolo schema (person, organization,
 * area, post, event, membership) with a draft-03 validator (`jsonschema`; Ajv has no draft-03).
 * Returns the problems as `array.index: message` strings (empty when valid).
 */
export function validatePopoloDocument(doc: PopoloDocument, dir = popoloSchemaDir()): string[] {
  if (!existsSync(join(dir, 'person.json'))) {
    throw new Error(`Popolo schemas not found in ${dir}: the repository expects ../shared/popolo-schemas beside it`);
  }
  const validator = new Validator();
  const schemas = new Map<string, Schema>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const schema = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Schema;
    validator.addSchema(schema, schema.id);
    schemas.set(file.replace(/\.json$/, ''), schema);
  }
  const problems: string[] = [];
  const check = (key: keyof PopoloDocument, schemaName: string): void => {
    const schema = schemas.get(schemaName);
    if (!schema) throw new Error(`missing Popolo schema ${schemaName}.json in ${dir}`);
    const items = (doc[key] ?? []) as unknown[];
    items.forEach((item, i) => {
      for (const e of validator.validate(item, schema).errors) problems.push(`${key}.${i}: ${e.property} ${e.message}`);
    });
  };
  check('persons', 'person');
  check('organizations', 'organization');
  check('areas', 'area');
  check('posts', 'post');
  check('events', 'event');
  check('memberships', 'membership');
  return problems;
}
