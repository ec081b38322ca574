/**
 * Generates the hand-curated registry files of `data/`: organizations, people, posts, memberships,
 * events and agreements, from the `*.hand.ts` lists beside this script. Every record is validated
 * against the shipped-data schema before it is written.
 *
 * Run: `npx tsx scripts/data/generate-registry.ts`
 */
import { organizationRecords } from './organizations.hand.js';
import { writeJsonl } from './lib.js';

writeJsonl('organizations.jsonl', organizationRecords());
