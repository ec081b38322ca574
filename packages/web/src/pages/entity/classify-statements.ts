import type { Statement } from '../../api/types.ts';

/** The sections of an entity page, in display order. */
export const SECTIONS = ['posts', 'holders', 'memberships', 'members', 'events', 'agreements', 'other'] as const;
/** One section of an entity page. */
export type SectionId = (typeof SECTIONS)[number];

const MEMBER_ROLES = new Set(['member', null]);

/**
 * Sorts statements "latest first": by start date descending; undated ones last; ties keep the
 * server's order. Deprecated statements sink below the others of their section.
 */
export function byRecency(a: Statement, b: Statement): number {
  const dep = Number(a.rank === 'deprecated') - Number(b.rank === 'deprecated');
  if (dep !== 0) return dep;
  const av = a.start?.value ?? '';
  const bv = b.start?.value ?? '';
  if (av === bv) return 0;
  if (!av) return 1;
  if (!bv) return -1;
  return av < bv ? 1 : -1;
}

const EVENT_KINDS = new Set(['participation', 'host', 'organizer']);
const AGREEMENT_KINDS = new Set(['party', 'signatory']);

/**
 * Puts each statement that involves an entity in one section of its page, by the entity's part in it:
 * - `posts`: offices the entity holds (person as mayor or co-president) or that are held on its behalf
 *   (a city's seat in a network, kept when its mayor changes);
 * - `holders`: people holding an office of this entity (Tehran's mayors; Metropolis's officers);
 * - `memberships` / `members`: plain memberships, from the member's and the organization's side;
 * - `events`: participation, hosting and organizing, from either side;
 * - `agreements`: parties and signatories, from either side;
 * - `other`: everything else (secretariat seats, parents, founding places, kinds added later), never dropped.
 */
export function classifyStatements(entityId: string, statements: readonly Statement[]): Record<SectionId, Statement[]> {
  const out: Record<SectionId, Statement[]> = {
    posts: [],
    holders: [],
    memberships: [],
    members: [],
    events: [],
    agreements: [],
    other: [],
  };
  for (const s of statements) {
    const isSubject = s.subject.id === entityId;
    const isOrgSide = s.object?.id === entityId || s.post?.id === entityId;
    const onBehalf = s.on_behalf_of?.id === entityId;
    const plainMember = MEMBER_ROLES.has(s.role) && !s.post;
    if (EVENT_KINDS.has(s.kind)) {
      out.events.push(s);
    } else if (AGREEMENT_KINDS.has(s.kind)) {
      out.agreements.push(s);
    } else if (s.kind === 'membership') {
      if (isSubject) out[plainMember ? 'memberships' : 'posts'].push(s);
      else if (onBehalf) out.posts.push(s);
      else if (isOrgSide) out[plainMember ? 'members' : 'holders'].push(s);
      else out.other.push(s);
    } else {
      out.other.push(s);
    }
  }
  for (const id of SECTIONS) out[id].sort(byRecency);
  // Mixed kinds: keep each kind together (all "located in", then all "seat"...), latest first within.
  out.other.sort((a, b) => (a.kind === b.kind ? byRecency(a, b) : a.kind < b.kind ? -1 : 1));
  return out;
}
