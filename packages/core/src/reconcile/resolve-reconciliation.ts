import { requireJustification, type ChangeContext } from '../domain/change.js';
import { AppError, notFound } from '../errors.js';
import { createEntity } from '../registry/create-entity.js';
import type { NameInput } from '../registry/entity-input.js';
import { resolveEntityId } from '../registry/entity.repository.js';
import { mergeEntities } from '../registry/merge-entities.js';
import type { Db } from '../storage/database.js';
import { inTransaction } from '../storage/transaction.js';
import { recordClaimChange } from '../claims/claim-history.js';
import { matchKey } from '../claims/claim-matching.js';
import { hydrateClaims, writeClusterTerms } from '../claims/claims.repository.js';
import { parseReconciliationKey, OPEN_LINKS } from './list-reconciliation-queue.js';
import { recordReconciliation } from './reconciliation.repository.js';

/**
 * A decision on a queue item: `link` it to an existing entity, `create` a new entity from the name
 * (or the given names), or `merge` — the name means `entityId`, and `duplicateId` (an entity the
 * name was fuzzily linked to, or any other) is the same thing and is merged into it (reversible
 * with `unmergeEntity`).
 */
export type ReconciliationDecision =
  | { action: 'link'; entityId: string }
  | { action: 'create'; names?: NameInput[] }
  | { action: 'merge'; entityId: string; duplicateId: string };

/** What a decision did. */
export interface ReconciliationResult {
  entityId: string;
  claimsUpdated: number;
}

/**
 * Settles a queue item (`<type>:<name key>`): decides the entity, remembers the decision for later
 * claims (`reconciliations`), links every open argument with this name in proposed claims to it
 * (`reconciled`), refreshes those claims' match keys and cluster terms, and records one history row per claim.
 * One transaction. Throws `not_found`, `validation_failed` (bad key, wrong type), `conflict` (merge).
 */
export async function resolveReconciliation(db: Db, key: string, decision: ReconciliationDecision, change: ChangeContext): Promise<ReconciliationResult> {
  requireJustification(change);
  const { entityType, nameKey } = parseReconciliationKey(key);
  return inTransaction(db, async (trx) => {
    const open = await trx
      .selectFrom('claim_arguments as a')
      .innerJoin('claims as c', 'c.id', 'a.claim_id')
      .select(['a.claim_id', 'a.name_fa', 'a.name_en'])
      .where('a.entity_type', '=', entityType)
      .where('a.name_key', '=', nameKey)
      .where('a.link', 'in', [...OPEN_LINKS])
      .where('c.status', '=', 'proposed')
      .execute();
    let entityId: string;
    if (decision.action === 'create') {
      const sample = open[0];
      const names: NameInput[] = decision.names ?? [
        ...(sample?.name_fa ? [{ lang: 'fa', text: sample.name_fa }] : []),
        ...(sample?.name_en ? [{ lang: 'en', text: sample.name_en }] : []),
      ];
      if (names.length === 0) throw notFound('reconciliation item', key);
      entityId = (await createEntity(trx, { type: entityType, names }, change)).id;
    } else {
      const target = await resolveEntityId(trx, decision.entityId);
      if (!target) throw notFound('entity', decision.entityId);
      const row = await trx.selectFrom('entities').select('type').where('id', '=', target.id).executeTakeFirstOrThrow();
      if (row.type !== entityType) {
        throw new AppError('validation_failed', `${decision.entityId} is a ${row.type}, the name is a ${entityType}`, [{ path: ['entityId'], message: 'wrong type' }]);
      }
      entityId = target.id;
      if (decision.action === 'merge') {
        entityId = (await mergeEntities(trx, { survivorId: target.id, loserId: decision.duplicateId }, change)).id;
      }
    }
    await recordReconciliation(trx, { entityType, nameKey, entityId }, change);
    const claimIds = [...new Set(open.map((o) => o.claim_id))];
    await trx
      .updateTable('claim_arguments')
      .set({ entity_id: entityId, link: 'reconciled', suggestions: '[]' })
      .where('entity_type', '=', entityType)
      .where('name_key', '=', nameKey)
      .where('link', 'in', [...OPEN_LINKS])
      .where('claim_id', 'in', claimIds.length ? claimIds : [''])
      .execute();
    const rows = claimIds.length ? await trx.selectFrom('claims').selectAll().where('id', 'in', claimIds).execute() : [];
    for (const claim of await hydrateClaims(trx, rows)) {
      await trx.updateTable('claims').set({ match_key: matchKey(claim.fact, claim.arguments, claim.date) }).where('id', '=', claim.id).execute();
      // The linked names changed the arguments' identities, which the cluster terms are made of.
      await writeClusterTerms(trx, claim.id, claim.kind, claim.arguments);
      await recordClaimChange(trx, change, { action: 'claim.reconcile', claim, before: { key, link: 'open' }, after: { key, entityId } });
    }
    return { entityId, claimsUpdated: claimIds.length };
  });
}

