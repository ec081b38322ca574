/**
 * Generates the hand-curated registry files of `data/`: organizations, people, posts, memberships,
 * events and agreements, from the `*.hand.ts` lists beside this script. Every record is validated
 * against the shipped-data schema before it is written. Memberships get a deterministic id built
 * from member, organization, role and start, so that re-importing the data is idempotent.
 *
 * Run: `npx tsx scripts/data/generate-registry.ts`
 */
import { organizationRecords } from './organizations.hand.js';
import { agreementRecords, eventRecords, membershipRecords, personRecords, postRecords } from './people.hand.js';
import { slugify, writeJsonl } from './lib.js';

function withMembershipIds(records: Record<string, unknown>[]): Record<string, unknown>[] {
  const used = new Set<string>();
  return records.map((r) => {
    const base = slugify(
      [r['member'], r['organization'], r['role'], r['start'] ?? ''].map((x) => String(x).replace(/[_:]/g, '-')).join(' '),
    );
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return { id, ...r };
  });
}

writeJsonl('organizations.jsonl', organizationRecords());
writeJsonl('people.jsonl', personRecords());
writeJsonl('posts.jsonl', postRecords());
writeJsonl('memberships.jsonl', withMembershipIds(membershipRecords()));
writeJsonl('events.jsonl', eventRecords());
writeJsonl('agreements.jsonl', agreementRecords());
