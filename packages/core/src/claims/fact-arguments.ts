import type { EntityType } from '../domain/entity.js';
import { nameKey } from '../registry/fold-key.js';
import type { EntityRef, Fact, FactKind } from '../extraction/types.js';
import type { ClaimFact } from './claim.js';

/** The entity-valued fields of each fact kind: single references, then lists. */
export const ARGUMENT_SLOTS: Record<FactKind, { single: readonly string[]; lists: readonly string[] }> = {
  post: { single: ['holder', 'org', 'on_behalf_of'], lists: [] },
  membership: { single: ['member', 'org'], lists: [] },
  event: { single: ['org', 'host'], lists: ['participants'] },
  meeting: { single: ['place'], lists: ['participants'] },
  agreement: { single: [], lists: ['parties'] },
  founded: { single: ['org', 'place', 'initiator'], lists: [] },
  seat: { single: ['org', 'city'], lists: [] },
  proposal: { single: ['proposer'], lists: [] },
};

/** Registry type of an extractor entity type. */
export function registryType(type: EntityRef['type']): EntityType {
  return type === 'org' ? 'organization' : type;
}

/** An entity reference found in one field of a fact. */
export interface FactArgument {
  slot: string;
  position: number;
  ref: EntityRef;
}

function isRef(value: unknown): value is EntityRef {
  const v = value as Partial<EntityRef> | null;
  return !!v && typeof v === 'object' && typeof v.type === 'string' && (typeof v.fa === 'string' || typeof v.en === 'string');
}

/** Every entity reference of a fact, by slot and position (lists numbered from 0). */
export function factArguments(fact: ClaimFact | Fact): FactArgument[] {
  const out: FactArgument[] = [];
  const rec = fact as unknown as Record<string, unknown>;
  const slots = ARGUMENT_SLOTS[fact.kind];
  for (const slot of slots.single) {
    const v = rec[slot];
    if (isRef(v)) out.push({ slot, position: 0, ref: v });
  }
  for (const slot of slots.lists) {
    const list = rec[slot];
    if (Array.isArray(list)) list.forEach((v, position) => isRef(v) && out.push({ slot, position, ref: v }));
  }
  return out;
}

/** The match key of a name: folded Persian form, else English. */
export function refKey(ref: EntityRef): string {
  return nameKey(ref.fa || ref.en || '') || nameKey(ref.en || '');
}

/** The main date of a fact (post start, membership/event/meeting/agreement/founding date, seat since). */
export function mainDate(fact: ClaimFact | Fact): string | undefined {
  const rec = fact as unknown as Record<string, unknown>;
  const v = fact.kind === 'post' ? rec.start : fact.kind === 'seat' ? rec.since : rec.date;
  return typeof v === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) ? v : undefined;
}

/** The fact without its per-report parts (evidence, confidence): what a claim stores. */
export function claimFactOf(fact: Fact): ClaimFact {
  const { evidence: _evidence, confidence: _confidence, ...rest } = fact;
  return rest as ClaimFact;
}
