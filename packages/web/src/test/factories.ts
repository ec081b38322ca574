import type { EntityDetail, EntitySummary, Session, Statement, User, UserRole } from '../api/types.ts';

/** Builders of API payloads for component tests. Invented example data, not copied from any article. */

export function summary(id: string, type: EntitySummary['type'], fa: string, en: string): EntitySummary {
  return { id, type, labels: { fa, en } };
}

export const tehran = summary('tehran', 'city', 'تهران', 'Tehran');
export const metropolis = summary('metropolis', 'organization', 'متروپلیس', 'Metropolis');
export const mayorA = summary('mayor-a', 'person', 'شهردار نمونه', 'Sample Mayor');
export const mayorB = summary('mayor-b', 'person', 'شهردار پیشین', 'Former Mayor');

let counter = 0;

export function statement(partial: Partial<Statement> & Pick<Statement, 'kind' | 'subject'>): Statement {
  counter += 1;
  return {
    id: `st-${counter}`,
    object: null,
    post: null,
    role: null,
    on_behalf_of: null,
    start: null,
    end: null,
    how: null,
    ordinal: null,
    rank: 'normal',
    status: 'accepted',
    data: {},
    references: [{ id: `ref-${counter}`, url: `https://news.example.org/item/${counter}`, title: 'گزارش نمونه' }],
    version: 1,
    ...partial,
  };
}

export function tehranDetail(): EntityDetail {
  return {
    ...tehran,
    sources: [{ id: 'src-1', url: 'https://registry.example.org/tehran', title: 'Registry record' }],
    names: [
      { lang: 'fa', text: 'تهران', kind: 'official' },
      { lang: 'en', text: 'Tehran', kind: 'official' },
      { lang: 'en', text: 'Teheran', kind: 'variant' },
    ],
    identifiers: { geonames: '112931' },
    all_ids: ['tehran'],
    version: 4,
    attributes: { country: 'IR', population: 8693706, coordinates: { lat: 35.6944, lon: 51.4215 } },
    statements: [
      statement({
        kind: 'membership',
        subject: mayorB,
        object: tehran,
        role: 'mayor',
        start: { value: '2017-08-27', precision: 'day', calendar: 'jalali' },
        end: { value: '2018', precision: 'year', calendar: 'gregorian' },
      }),
      statement({
        kind: 'membership',
        subject: mayorA,
        object: tehran,
        role: 'mayor',
        how: 'elected',
        start: { value: '2021-08', precision: 'month', calendar: 'gregorian' },
      }),
      statement({ kind: 'membership', subject: tehran, object: metropolis, role: 'member', start: { value: '2023', precision: 'year', calendar: 'gregorian' } }),
    ],
  };
}

export function user(role: UserRole): User {
  return { id: `u-${role}`, username: role, display_name: `کاربر ${role}`, role, disabled: false };
}

export function session(role: UserRole | null): Session {
  return { user: role ? user(role) : null, csrf_token: role ? 'csrf-test' : null, public_read: false };
}
