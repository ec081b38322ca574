import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_DOC, loadConfig } from './config.js';
import { AppError } from './errors.js';

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 8080, HOST: '127.0.0.1', SHAHRNET_DB: './var/shahrnet.sqlite', SHAHRNET_PUBLIC_READ: false, SHAHRNET_AUTO_ACCEPT: 'off' });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('parses values and treats an empty DATABASE_URL as unset', () => {
    const config = loadConfig({ PORT: '9000', SHAHRNET_PUBLIC_READ: 'true', DATABASE_URL: '', SHAHRNET_AUTO_ACCEPT: '0.9:2' });
    expect(config).toMatchObject({ PORT: 9000, SHAHRNET_PUBLIC_READ: true, SHAHRNET_AUTO_ACCEPT: '0.9:2' });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('reports every invalid variable at once, each with its name', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SHAHRNET_SESSION_SECRET: 'short', SHAHRNET_AUTO_ACCEPT: 'always' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    const sources = (error as AppError).details.map((d) => d.source).sort();
    expect(sources).toEqual(['DATABASE_URL', 'PORT', 'SHAHRNET_AUTO_ACCEPT', 'SHAHRNET_SESSION_SECRET']);
    expect((error as AppError).code).toBe('validation_failed');
  });

  it('is documented in the README: one table row per variable, with the same text', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    for (const [name, doc] of Object.entries(CONFIG_DOC)) {
      expect(readme, `README row for ${name}`).toContain(`| \`${name}\` | ${doc} |`);
    }
  });
});
