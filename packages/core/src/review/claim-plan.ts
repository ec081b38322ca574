import { roleSchema, tenureStartSchema } from '../data-format/shipped-data.schema.js';
import type { EntitySummary } from '../domain/entity.js';
import { AppError } from '../errors.js';
import type { CreateEntityInput } from '../registry/create-entity.js';
import type { StatementInput } from '../statements/statement-input.js';
import type { ClaimFact } from '../claims/claim.js';

/** A new entity an acceptance creates (an event, agreement or proposal), referred to as `ref` by the planned statements. */
export interface PlannedEntity {
  ref: string;
  input: CreateEntityInput;
}

/** A statement an acceptance creates; ids may name a planned entity's `ref`. References are added from the evidence. */
export type PlannedStatement = Omit<StatementInput, 'references'>;

/** What accepting a claim writes. */
export interface ClaimPlan {
  entities: PlannedEntity[];
  statements: PlannedStatement[];
}

/** The placeholder id of the entity a claim creates. */
export const NEW_ENTITY = '$new';

const EVENT_FA: Record<string, string> = {
  congress: 'کنگره', general_assembly: 'مجمع عمومی', session: 'نشست', summit: 'اجلاس', forum: 'مجمع',
  conference: 'همایش', visit: 'سفر', meeting: 'دیدار',
};
const AGREEMENT_FA: Record<string, string> = { sister_city: 'خواهرخواندگی', mou: 'تفاهم‌نامه', cooperation: 'همکاری' };

function ordinalEn(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${s}`;
}

const words = (s: string): string => s.replace(/_/g, ' ');

/**
 * Maps a claim to the statements (and new entities) that accepting it stores:
 * - post → a `membership` holding (`role`, `on_behalf_of`, `how`, term `start`/`end`); a role outside
 *   the vocabulary becomes `other` with the original kept in `data.role_label`;
 * - membership → `membership` with role `member`, `ordinal`, join date as `start`, `data.category`;
 * - event / meeting → a new event entity (type, ordinal, virtual, date) with `organizer`, `host`
 *   and one `participation` per participant;
 * - agreement → a new agreement entity (type, status, date) with one `party` per party;
 * - founded → `founded_in` (place) and/or `founded_by` (initiator) dated with the founding date, or
 *   a `founding_date` attribute when neither is known;
 * - seat → `seat` from `since`; proposal → a new proposal entity and its `proposer`.
 * `arg(slot, position)` gives the entity id an argument is linked to. Throws `validation_failed`
 * when the claim lacks what its statements need.
 */
export function planClaim(
  fact: ClaimFact,
  arg: (slot: string, position?: number) => string | undefined,
  labels: ReadonlyMap<string, EntitySummary>,
): ClaimPlan {
  const f = fact as unknown as Record<string, unknown>;
  const str = (k: string): string | undefined => (typeof f[k] === 'string' && f[k] !== '' ? (f[k] as string) : undefined);
  const num = (k: string): number | undefined => (typeof f[k] === 'number' ? (f[k] as number) : undefined);
  const need = (slot: string): string => {
    const id = arg(slot);
    if (!id) throw new AppError('validation_failed', `the claim has no ${slot}`, [{ path: ['fact', slot], message: 'required to accept' }]);
    return id;
  };
  const label = (id: string | undefined, lang: 'fa' | 'en'): string => (id ? labels.get(id)?.labels[lang] ?? '' : '');
  const list = (slot: string): string[] => {
    const out: string[] = [];
    const n = Array.isArray(f[slot]) ? (f[slot] as unknown[]).length : 0;
    for (let i = 0; i < n; i++) {
      const id = arg(slot, i);
      if (id && !out.includes(id)) out.push(id);
    }
    return out;
  };
  const dated = (key: string): Pick<PlannedStatement, 'start'> => (str(key) ? { start: str(key) as string } : {});

  switch (fact.kind) {
    case 'post': {
      const role = str('role') ?? 'other';
      const known = roleSchema.safeParse(role).success;
      const how = tenureStartSchema.safeParse(str('how'));
      const holder = need('holder');
      const org = need('org');
      if (holder === org) throw new AppError('validation_failed', 'the holder and the organization are the same entity', [{ path: ['fact', 'holder'], message: 'name the person' }]);
      const s: PlannedStatement = { kind: 'membership', subjectId: holder, objectId: org, role: known ? role : 'other', ...dated('start') };
      if (!known) s.data = { role_label: role };
      const behalf = arg('on_behalf_of');
      if (behalf && behalf !== holder) s.onBehalfOfId = behalf;
      if (how.success) s.how = how.data;
      if (str('end')) s.end = str('end') as string;
      return { entities: [], statements: [s] };
    }
    case 'membership': {
      const s: PlannedStatement = { kind: 'membership', subjectId: need('member'), objectId: need('org'), role: 'member', how: 'joined', ...dated('date') };
      if (num('ordinal') !== undefined) s.ordinal = num('ordinal') as number;
      if (str('category')) s.data = { category: str('category') };
      return { entities: [], statements: [s] };
    }
    case 'event':
    case 'meeting': {
      const type = fact.kind === 'meeting' ? 'meeting' : str('event_type') ?? 'conference';
      const org = arg('org');
      const host = arg(fact.kind === 'meeting' ? 'place' : 'host');
      const participants = list('participants');
      const ordinal = num('ordinal');
      const about = org ?? host ?? participants[0];
      const en = str('name') ?? [ordinal ? ordinalEn(ordinal) : '', words(type), about ? `of ${label(about, 'en') || about}` : '', host && host !== about ? `in ${label(host, 'en') || host}` : '']
        .filter(Boolean).join(' ');
      const fa = [EVENT_FA[type] ?? type, label(about, 'fa'), host && host !== about && label(host, 'fa') ? `در ${label(host, 'fa')}` : ''].filter(Boolean).join(' ');
      const attributes: Record<string, unknown> = { event_type: type };
      if (ordinal !== undefined) attributes.ordinal = ordinal;
      if (typeof f.virtual === 'boolean') attributes.virtual = f.virtual;
      if (str('date')) attributes.start = str('date');
      const input: CreateEntityInput = { type: 'event', names: [{ lang: 'en', text: en }, ...(fa ? [{ lang: 'fa', text: fa }] : [])], attributes };
      const statements: PlannedStatement[] = [];
      if (org) statements.push({ kind: 'organizer', subjectId: NEW_ENTITY, objectId: org, ...dated('date') });
      if (host) statements.push({ kind: 'host', subjectId: NEW_ENTITY, objectId: host, ...dated('date') });
      for (const p of participants) statements.push({ kind: 'participation', subjectId: p, objectId: NEW_ENTITY, ...dated('date') });
      if (statements.length === 0) throw new AppError('validation_failed', 'an event needs an organizer, a host or participants', [{ path: ['fact'], message: 'nothing to link' }]);
      return { entities: [{ ref: NEW_ENTITY, input }], statements };
    }
    case 'agreement': {
      const parties = list('parties');
      if (parties.length < 2) throw new AppError('validation_failed', 'an agreement needs two parties', [{ path: ['fact', 'parties'], message: 'at least two' }]);
      const type = str('agreement_type') ?? 'cooperation';
      const en = `${words(type)} agreement of ${parties.map((p) => label(p, 'en') || p).join(' and ')}`;
      const fa = `${AGREEMENT_FA[type] ?? type} ${parties.map((p) => label(p, 'fa')).filter(Boolean).join(' و ')}`.trim();
      const attributes: Record<string, unknown> = { agreement_type: type, status: str('status') ?? 'signed' };
      if (str('date')) attributes.date = str('date');
      return {
        entities: [{ ref: NEW_ENTITY, input: { type: 'agreement', names: [{ lang: 'en', text: en }, { lang: 'fa', text: fa }], attributes } }],
        statements: parties.map((p) => ({ kind: 'party', subjectId: p, objectId: NEW_ENTITY, ...dated('date') })),
      };
    }
    case 'founded': {
      const org = need('org');
      const statements: PlannedStatement[] = [];
      const place = arg('place');
      const initiator = arg('initiator');
      if (place) statements.push({ kind: 'founded_in', subjectId: org, objectId: place, ...dated('date') });
      if (initiator) statements.push({ kind: 'founded_by', subjectId: org, objectId: initiator, ...dated('date') });
      if (statements.length === 0 && str('date')) {
        statements.push({ kind: 'attribute', subjectId: org, data: { property: 'founding_date', value: str('date') }, ...dated('date') });
      }
      if (statements.length === 0) throw new AppError('validation_failed', 'a founding needs a place, an initiator or a date', [{ path: ['fact'], message: 'nothing to state' }]);
      return { entities: [], statements };
    }
    case 'seat':
      return { entities: [], statements: [{ kind: 'seat', subjectId: need('org'), objectId: need('city'), ...dated('since') }] };
    case 'proposal': {
      const subject = str('subject') ?? 'proposal';
      return {
        entities: [{ ref: NEW_ENTITY, input: { type: 'proposal', names: [{ lang: 'en', text: subject }], attributes: { subject, status: 'proposed' } } }],
        statements: [{ kind: 'proposer', subjectId: need('proposer'), objectId: NEW_ENTITY }],
      };
    }
  }
}
