import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { AppError, type ErrorDetail } from '../errors.js';
import {
  agreementRecordSchema,
  cityRecordSchema,
  countryRecordSchema,
  eventRecordSchema,
  membershipRecordSchema,
  organizationRecordSchema,
  personRecordSchema,
  postRecordSchema,
  SHIPPED_FILES,
  type AgreementRecord,
  type CityRecord,
  type CountryRecord,
  type EventRecord,
  type MembershipRecord,
  type OrganizationRecord,
  type PersonRecord,
  type PostRecord,
} from './shipped-data.schema.js';

/** A dataset folder read into memory: the records of each file, in file order. */
export interface ShippedDataset {
  countries: CountryRecord[];
  cities: CityRecord[];
  organizations: OrganizationRecord[];
  people: PersonRecord[];
  posts: PostRecord[];
  memberships: MembershipRecord[];
  events: EventRecord[];
  agreements: AgreementRecord[];
}

/** Where a record came from, for error reports after parsing. */
interface Located<T> {
  record: T;
  file: string;
  line: number;
}

type FileName = (typeof SHIPPED_FILES)[number];

const SCHEMAS: Record<FileName, { key: keyof ShippedDataset; schema: z.ZodType }> = {
  'countries.jsonl': { key: 'countries', schema: countryRecordSchema },
  'cities.jsonl': { key: 'cities', schema: cityRecordSchema },
  'organizations.jsonl': { key: 'organizations', schema: organizationRecordSchema },
  'people.jsonl': { key: 'people', schema: personRecordSchema },
  'posts.jsonl': { key: 'posts', schema: postRecordSchema },
  'memberships.jsonl': { key: 'memberships', schema: membershipRecordSchema },
  'events.jsonl': { key: 'events', schema: eventRecordSchema },
  'agreements.jsonl': { key: 'agreements', schema: agreementRecordSchema },
};

/** Files whose ids name entities, which share one id space because references carry no type. */
const ENTITY_FILES: readonly FileName[] = ['countries.jsonl', 'cities.jsonl', 'organizations.jsonl', 'people.jsonl'];

/** Arabic-script letters (Persian included). */
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

/** Options of {@link readShippedData}. */
export interface ReadShippedDataOptions {
  /**
   * Check that every reference (membership.member, post.organization...) names a record of the
   * dataset. Default true; turn off for a partial import whose references point at stored entities.
   */
  checkReferences?: boolean;
}

/**
 * The repository's shipped dataset folder (`data/` at the repository root), resolved from this
 * module's location so that it works from any working directory.
 */
export function defaultDataDir(): string {
  return fileURLToPath(new URL('../../../../data', import.meta.url));
}

/**
 * Reads the JSON Lines files of `SHIPPED_FILES` that exist in `dir`, validates every line with its
 * file's zod schema, and checks the dataset as a whole: unique ids (entity ids are unique across the
 * countries, cities, organizations and people files), references that resolve, a membership's post
 * belonging to its organization, and names whose script matches their language (fa names contain
 * Persian letters, en names contain none).
 *
 * Nothing is returned unless everything is valid: every problem found, in every file, is listed in
 * the `details` of ONE `AppError('validation_failed')`, each as `{ source: file, line, path, message }`
 * with a 1-based line number, so a curator can fix them all in one pass. A missing folder is
 * `AppError('not_found')`. Blank lines are ignored.
 */
export async function readShippedData(dir: string, options: ReadShippedDataOptions = {}): Promise<ShippedDataset> {
  const root = resolve(dir);
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) throw new AppError('not_found', `shipped data folder ${root} not found`);

  const dataset: ShippedDataset = {
    countries: [],
    cities: [],
    organizations: [],
    people: [],
    posts: [],
    memberships: [],
    events: [],
    agreements: [],
  };
  const located = new Map<FileName, Located<Record<string, unknown>>[]>();
  const details: ErrorDetail[] = [];

  for (const file of SHIPPED_FILES) {
    const text = await readFile(join(root, file), 'utf8').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return undefined;
      throw new AppError('internal', `cannot read ${file}: ${err.message}`, [], { cause: err });
    });
    if (text === undefined) continue;
    const { key, schema } = SCHEMAS[file];
    const rows: Located<Record<string, unknown>>[] = [];
    text.split(/\r?\n/).forEach((raw, index) => {
      const line = index + 1;
      if (raw.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (err) {
        details.push({ source: file, line, path: [], message: `invalid JSON: ${(err as Error).message}` });
        return;
      }
      const parsed = schema.safeParse(value);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          details.push({ source: file, line, path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: issue.message });
        }
        return;
      }
      const record = parsed.data as Record<string, unknown>;
      rows.push({ record, file, line });
      (dataset[key] as unknown[]).push(record);
    });
    located.set(file, rows);
  }

  checkDataset(located, details, options.checkReferences ?? true);
  if (details.length > 0) {
    const files = new Set(details.map((d) => d.source));
    throw new AppError(
      'validation_failed',
      `shipped data in ${root}: ${details.length} problem(s) in ${[...files].join(', ')}`,
      details,
    );
  }
  return dataset;
}

/** Whole-dataset checks: ids, references, scripts. Appends to `details`. */
function checkDataset(
  located: Map<FileName, Located<Record<string, unknown>>[]>,
  details: ErrorDetail[],
  checkReferences: boolean,
): void {
  const rowsOf = (file: FileName): Located<Record<string, unknown>>[] => located.get(file) ?? [];
  const report = (row: Located<unknown>, path: (string | number)[], message: string): void => {
    details.push({ source: row.file, line: row.line, path, message });
  };

  // Unique ids: entities share one id space; every other file is its own space.
  const entityType = new Map<string, string>();
  const spaces: FileName[][] = [[...ENTITY_FILES], ['posts.jsonl'], ['memberships.jsonl'], ['events.jsonl'], ['agreements.jsonl']];
  for (const files of spaces) {
    const seen = new Map<string, Located<unknown>>();
    for (const file of files) {
      for (const row of rowsOf(file)) {
        const id = row.record['id'];
        if (typeof id !== 'string') continue;
        const first = seen.get(id);
        if (first) report(row, ['id'], `duplicate id "${id}" (first at ${first.file} line ${first.line})`);
        else seen.set(id, row);
        if (ENTITY_FILES.includes(file) && !entityType.has(id)) entityType.set(id, String(row.record['type']));
      }
    }
  }

  // Names: the language tag must match the script.
  for (const file of [...ENTITY_FILES, 'events.jsonl', 'agreements.jsonl'] as const) {
    for (const row of rowsOf(file)) {
      const names = (row.record['names'] ?? []) as { lang: string; text: string }[];
      names.forEach((n, i) => {
        const message = scriptProblem(n.lang, n.text);
        if (message) report(row, ['names', i, 'text'], message);
      });
    }
  }
  for (const row of rowsOf('posts.jsonl')) {
    const labels = row.record['labels'] as { fa?: string; en: string };
    for (const lang of ['fa', 'en'] as const) {
      const text = labels[lang];
      const message = text === undefined ? undefined : scriptProblem(lang, text);
      if (message) report(row, ['labels', lang], message);
    }
  }

  if (!checkReferences) return;
  const countries = new Set(rowsOf('countries.jsonl').map((r) => String(r.record['iso2'])));
  const posts = new Map(rowsOf('posts.jsonl').map((r) => [String(r.record['id']), r.record]));
  const ref = (row: Located<unknown>, path: (string | number)[], id: unknown, allowed: readonly string[]): void => {
    if (typeof id !== 'string') return;
    const type = entityType.get(id);
    if (type === undefined) report(row, path, `unknown id "${id}": no ${allowed.join(' or ')} has this id`);
    else if (!allowed.includes(type)) report(row, path, `"${id}" is a ${type}, expected a ${allowed.join(' or ')}`);
  };
  const ANY = ['country', 'city', 'organization', 'person'] as const;
  const PLACE_OR_ORG = ['country', 'city', 'organization'] as const;

  if (countries.size > 0) {
    for (const row of rowsOf('cities.jsonl')) {
      const code = row.record['country'];
      if (!countries.has(String(code))) report(row, ['country'], `unknown country code "${String(code)}"`);
    }
  }
  for (const row of rowsOf('organizations.jsonl')) {
    const r = row.record;
    ref(row, ['parent'], r['parent'], ['organization']);
    ref(row, ['city'], r['city'], ['city']);
    ref(row, ['founding_place'], r['founding_place'], ['city', 'country']);
    ref(row, ['founding_initiator'], r['founding_initiator'], ANY);
    ((r['seats'] ?? []) as { city: string }[]).forEach((s, i) => ref(row, ['seats', i, 'city'], s.city, ['city']));
  }
  for (const row of rowsOf('posts.jsonl')) ref(row, ['organization'], row.record['organization'], PLACE_OR_ORG);
  for (const row of rowsOf('memberships.jsonl')) {
    const r = row.record;
    ref(row, ['member'], r['member'], ANY);
    ref(row, ['organization'], r['organization'], PLACE_OR_ORG);
    ref(row, ['on_behalf_of'], r['on_behalf_of'], PLACE_OR_ORG);
    const postId = r['post'];
    if (typeof postId === 'string') {
      const post = posts.get(postId);
      if (!post) report(row, ['post'], `unknown post "${postId}"`);
      else if (post['organization'] !== r['organization']) {
        report(row, ['post'], `post "${postId}" belongs to "${String(post['organization'])}", not "${String(r['organization'])}"`);
      }
    }
  }
  for (const row of rowsOf('events.jsonl')) {
    const r = row.record;
    ref(row, ['organization'], r['organization'], ['organization']);
    ref(row, ['host'], r['host'], ['city', 'country']);
    ((r['participants'] ?? []) as { entity: string; on_behalf_of?: string }[]).forEach((p, i) => {
      ref(row, ['participants', i, 'entity'], p.entity, ANY);
      ref(row, ['participants', i, 'on_behalf_of'], p.on_behalf_of, PLACE_OR_ORG);
    });
  }
  for (const row of rowsOf('agreements.jsonl')) {
    const r = row.record;
    ((r['parties'] ?? []) as string[]).forEach((p, i) => ref(row, ['parties', i], p, PLACE_OR_ORG));
    ((r['signatories'] ?? []) as string[]).forEach((p, i) => ref(row, ['signatories', i], p, ['person']));
  }
}

/** Why a name's text does not fit its language tag, or undefined when it does (only fa/en are checked). */
function scriptProblem(lang: string, text: string): string | undefined {
  if (lang === 'fa' && !ARABIC_SCRIPT.test(text)) return `a fa name must contain Persian letters: "${text}"`;
  if (lang === 'en' && ARABIC_SCRIPT.test(text)) return `an en name must not contain Persian/Arabic letters: "${text}"`;
  return undefined;
}
