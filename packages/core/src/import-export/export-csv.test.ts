import { describe, expect, it } from 'vitest';
import { createEntity } from '../registry/create-entity.js';
import { createStatement } from '../statements/create-statement.js';
import { forEachDialect } from '../testing/dialects.js';
import { change, cityInput, membershipInput, networkInput } from '../testing/factories.js';
import { csvField, exportCsv, UTF8_BOM } from './export-csv.js';

/** A small RFC 4180 parser for the assertions (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  return rows;
}

describe('csvField', () => {
  it('quotes per RFC 4180 and neutralises formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-12.5')).toBe('-12.5');
    expect(csvField(undefined)).toBe('');
  });
});

forEachDialect('exportCsv', (getDb) => {
  it('exports entities and memberships with BOM, CRLF and Persian labels', async () => {
    const { db } = getDb();
    await createEntity(db, cityInput('تهران', 'Tehran', { id: 'tehran', attributes: { country: 'IR', coordinates: { lat: 35.69, lon: 51.39 }, population: 8_693_706 } }), change());
    await createEntity(db, networkInput('متروپلیس، شبکه', 'Metropolis, "network"', { id: 'metropolis' }), change());
    await createStatement(db, membershipInput('tehran', 'metropolis', { id: 'm1', start: 'jalali:1364', references: [{ source: { url: 'https://example.org/m' }, quote: 'عضو شد' }] }), change());

    const entities = await exportCsv(db, 'entities');
    expect(entities.startsWith(UTF8_BOM)).toBe(true);
    const rows = parseCsv(entities.slice(1));
    expect(rows[0]?.slice(0, 4)).toEqual(['id', 'type', 'label_fa', 'label_en']);
    expect(rows.map((r) => r[0])).toEqual(['id', 'metropolis', 'tehran']);
    expect(rows[1]?.slice(2, 4)).toEqual(['متروپلیس، شبکه', 'Metropolis, "network"']);
    const header = rows[0] ?? [];
    expect(rows[2]?.[header.indexOf('latitude')]).toBe('35.69');
    expect(rows[2]?.[header.indexOf('population')]).toBe('8693706');

    const memberships = parseCsv((await exportCsv(db, 'memberships')).slice(1));
    const h = memberships[0] ?? [];
    const m = memberships[1] ?? [];
    expect(memberships).toHaveLength(2);
    expect(m[h.indexOf('subject_label_fa')]).toBe('تهران');
    expect(m[h.indexOf('start')]).toBe('1985-03-21');
    expect(m[h.indexOf('start_precision')]).toBe('year');
    expect(m[h.indexOf('start_stated')]).toBe('jalali:1364');
    expect(m[h.indexOf('quotes')]).toBe('عضو شد');
    await expect(exportCsv(db, 'nope' as 'entities')).rejects.toMatchObject({ code: 'validation_failed' });
  });
});
