import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cachePreparedStatements } from './prepared-statements.mjs';

describe('cachePreparedStatements', () => {
  it('hands back the same statement for the same SQL, keeping the most recently used ones up to the bound', () => {
    const sqlite = new BetterSqlite3(':memory:');
    try {
      cachePreparedStatements(sqlite, 2);
      const a = sqlite.prepare('select 1');
      expect(sqlite.prepare('select 1')).toBe(a);
      const b = sqlite.prepare('select 2');
      expect(sqlite.prepare('select 1')).toBe(a); // a is now the most recent
      sqlite.prepare('select 3'); // over the bound: b, the least recent, goes
      expect(sqlite.prepare('select 1')).toBe(a);
      expect(sqlite.prepare('select 2')).not.toBe(b);
      expect(sqlite.prepare('select 2').get()).toEqual({ 2: 2 });
    } finally {
      sqlite.close();
    }
  });
});
