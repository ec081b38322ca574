import type { ChangeContext } from '../domain/change.js';
import type { EntitySummary } from '../domain/entity.js';
import type { Statement } from '../domain/statement.js';
import { AppError, notFound, type ErrorDetail, versionConflict } from '../errors.js';
import { createEntity } from '../registry/create-entity.js';
import { loadSummaries } from '../registry/entity.repository.js';
import { reconciledEntity } from '../reconcile/resolve-argument.js';
import { recordReconciliation } from '../reconcile/reconciliation.repository.js';
import { createStatement } from '../statements/create-statement.js';
import { deprecateStatement } from '../statements/deprecate-statement.js';
import { endStatement } from '../statements/end-statement.js';
import { addReferences, loadStatement } from '../statements/statement.repository.js';
import type { Db } from '../storage/database.js';
import { inTransaction } from '../storage/transaction.js';
import type { Claim, ClaimArgument, ClaimFlag } from '../claims/claim.js';
import { recordClaimChange } from '../claims/claim-history.js';
import { matchKey } from '../claims/claim-matching.js';
import { claimReferences } from '../claims/evidence-references.js';
import { mainDate } from '../claims/fact-arguments.js';
import { loadClaim, updateClaimIfVersion, writeArguments } from '../claims/claims.repository.js';
import { intrinsicFlags } from '../claims/intrinsic-flags.js';
import { applyClaimEdit, type ClaimEdit } from './claim-edit.js';
import { NEW_ENTITY, planClaim } from './claim-plan.js';
import { findContradictions } from './contradictions.js';

/** How to accept. */
export interface AcceptClaimInput {
  /** The version (ETag) the reviewer saw; a different current version fails with `precondition_failed`. */
  expectedVersion?: number;
  /** Edit-then-accept: corrections applied in the same transaction. */
  edit?: ClaimEdit;
  /** Ids of stored statements the reviewer declares superseded by this claim (ended or deprecated, never deleted). */
  supersede?: string[];
  /** Create new entities for `candidate` arguments (and remember the name for later claims). */
  createCandidates?: boolean;
}

/** The outcome: accepted (with the statements stated), or flagged for review (nothing stated). */
export interface AcceptClaimResult {
  outcome: 'accepted' | 'flagged';
  claim: Claim;
  statements: Statement[];
  flags: ClaimFlag[];
  /** Summaries of the entities the claim and its statements mention. */
  related: Record<string, EntitySummary>;
}

/** Certain entity ids for every argument, creating candidates when allowed; throws `conflict` listing the unresolved ones. */
async function settleArguments(trx: Db, claim: Claim, args: ClaimArgument[], input: AcceptClaimInput, change: ChangeContext): Promise<ClaimArgument[]> {
  const unresolved: ErrorDetail[] = [];
  const out: ClaimArgument[] = [];
  for (const a of args) {
    if ((a.link === 'linked' || a.link === 'reconciled' || a.link === 'fuzzy') && a.entityId) {
      out.push({ ...a, link: a.link === 'fuzzy' ? 'linked' : a.link });
      continue;
    }
    const decided = await reconciledEntity(trx, a.entityType, a.nameKey);
    if (decided) {
      out.push({ ...a, entityId: decided, link: 'reconciled' });
      continue;
    }
    if (a.link === 'candidate' && input.createCandidates) {
      const names = [
        ...(a.nameFa ? [{ lang: 'fa', text: a.nameFa }] : []),
        ...(a.nameEn ? [{ lang: 'en', text: a.nameEn }] : []),
      ];
      const created = await createEntity(trx, { type: a.entityType, names }, { ...change, reason: `${change.reason ?? 'new entity'} (named in claim ${claim.id})` });
      await recordReconciliation(trx, { entityType: a.entityType, nameKey: a.nameKey, entityId: created.id }, change);
      out.push({ ...a, entityId: created.id, link: 'reconciled' });
      continue;
    }
    unresolved.push({ path: ['arguments', a.slot, a.position], message: `${a.nameFa ?? a.nameEn ?? a.nameKey} (${a.entityType}) is ${a.link}: link it or create it first` });
  }
  if (unresolved.length > 0) {
    throw new AppError('conflict', `claim ${claim.id} has arguments that are not linked to entities`, unresolved);
  }
  return out;
}

/**
 * Accepts a proposed claim: applies the optional edit, links its arguments (a fuzzy link is
 * confirmed by the reviewer; candidates are created when asked), plans its statements
 * (`planClaim`) and checks them (`findContradictions`). A contradiction not covered by `supersede`
 * FLAGS the claim (flags stored, version bumped, nothing stated) and returns `flagged`. Otherwise
 * the superseded statements are ended (an open term that began earlier ends where the new one
 * starts) or deprecated, the new entities and statements are created with one reference per report
 * (statements that already exist get the references instead), and the claim becomes `accepted`.
 * One transaction; the first write is the version-checked update, so of two concurrent acceptances
 * one wins and the other gets `precondition_failed`. Throws `not_found`, `conflict` (not proposed,
 * unresolved arguments), `precondition_failed`, `validation_failed`.
 */
export async function decideAcceptClaim(db: Db, id: string, input: AcceptClaimInput, change: ChangeContext): Promise<AcceptClaimResult> {
  const ctx: ChangeContext = { ...change, reason: change.reason?.trim() || `accepted claim ${id}` };
  return inTransaction(db, async (trx) => {
    const claim = await loadClaim(trx, id);
    if (!claim) throw notFound('claim', id);
    if (input.expectedVersion !== undefined && claim.version !== input.expectedVersion) throw versionConflict('claim', id, claim.version, input.expectedVersion);
    if (claim.status !== 'proposed') throw new AppError('conflict', `claim ${id} is ${claim.status}, not proposed`);
    const now = new Date().toISOString();
    if (!(await updateClaimIfVersion(trx, id, claim.version, {}, now))) {
      const current = await loadClaim(trx, id);
      throw versionConflict('claim', id, current?.version ?? claim.version, claim.version);
    }
    const edited = input.edit ? await applyClaimEdit(trx, claim, input.edit) : { fact: claim.fact, args: claim.arguments };
    const args = await settleArguments(trx, claim, edited.args, input, ctx);
    const byPlace = new Map(args.map((a) => [`${a.slot}:${a.position}`, a.entityId]));
    const labels = await loadSummaries(trx, args.map((a) => a.entityId ?? ''));
    const plan = planClaim(edited.fact, (slot, position = 0) => byPlace.get(`${slot}:${position}`), labels);
    const report = await findContradictions(trx, plan.statements);
    const supersede = new Set(input.supersede ?? []);
    const reports = (await trx.selectFrom('claim_evidence').select('fact').where('claim_id', '=', id).execute()).map((r) => JSON.parse(r.fact) as Record<string, unknown>);
    const ordinalEdited = input.edit?.fact?.ordinal !== undefined;
    const flags = [...intrinsicFlags(edited.fact, reports).filter((f) => f.code !== 'ends_before_start' && !(f.code === 'ordinal_mismatch' && ordinalEdited)), ...report.flags];
    const open = flags.filter((f) => f.statementIds.length === 0 || !f.statementIds.every((s) => supersede.has(s)));
    if (open.length > 0) {
      await trx.updateTable('claims').set({ flags: JSON.stringify(flags) }).where('id', '=', id).execute();
      const flagged = (await loadClaim(trx, id)) as Claim;
      await recordClaimChange(trx, ctx, { action: 'claim.flag', claim: flagged, before: { flags: claim.flags }, after: { flags } });
      return { outcome: 'flagged' as const, claim: flagged, statements: [], flags: open, related: Object.fromEntries(labels) };
    }

    const first = plan.statements.find((p) => p.start)?.start;
    for (const statementId of [...supersede]) {
      if (!flags.some((f) => f.statementIds.includes(statementId))) continue;
      const old = await loadStatement(trx, statementId);
      if (!old || old.rank === 'deprecated') continue;
      const why = { ...ctx, reason: `${ctx.reason}; superseded by claim ${id}` };
      if (first && !old.end && old.start && old.start.value < first) await endStatement(trx, statementId, { end: first }, why);
      else await deprecateStatement(trx, statementId, {}, why);
    }
    const refs = await claimReferences(trx, id);
    const source = refs[0]?.source;
    const created = new Map<string, string>();
    for (const e of plan.entities) {
      const entity = await createEntity(trx, { ...e.input, ...(source ? { sources: [source] } : {}) }, ctx);
      created.set(e.ref, entity.id);
    }
    const sub = (x: string | undefined): string | undefined => (x === undefined ? undefined : (created.get(x) ?? x));
    const statements: Statement[] = [];
    for (const [i, p] of plan.statements.entries()) {
      const existing = report.existing[i];
      if (existing) {
        await addReferences(trx, existing, refs, now);
        const s = await loadStatement(trx, existing);
        if (s) statements.push(s);
        continue;
      }
      const input2 = { ...p, subjectId: sub(p.subjectId) as string, references: refs, status: 'accepted' as const };
      const objectId = sub(p.objectId);
      if (objectId) input2.objectId = objectId;
      statements.push(await createStatement(trx, input2, ctx));
    }
    if (plan.statements.some((p) => p.subjectId === NEW_ENTITY || p.objectId === NEW_ENTITY) && created.size === 0) {
      throw new AppError('internal', `claim ${id}: planned entity was not created`);
    }
    await writeArguments(trx, id, args);
    const date = mainDate(edited.fact);
    await trx
      .updateTable('claims')
      .set({
        status: 'accepted',
        fact: JSON.stringify(edited.fact),
        match_key: matchKey(edited.fact, args, date),
        date_value: date ?? null,
        flags: JSON.stringify(flags),
        statement_ids: JSON.stringify(statements.map((s) => s.id)),
        entity_ids: JSON.stringify([...created.values()]),
        decided_at: now,
        decided_by_kind: ctx.actor.kind,
        decided_by_id: ctx.actor.id,
        decided_by_name: ctx.actor.name,
        decision_reason: ctx.reason ?? null,
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
    const after = (await loadClaim(trx, id)) as Claim;
    await recordClaimChange(trx, ctx, { action: 'claim.accept', claim: after, before: { ...claim, evidence: undefined }, after: { ...after, evidence: undefined } });
    const related = await loadSummaries(trx, [...labels.keys(), ...created.values(), ...statements.flatMap((s) => [s.subjectId, s.objectId ?? '', s.onBehalfOfId ?? ''])].filter((x) => x));
    return { outcome: 'accepted' as const, claim: after, statements, flags: [], related: Object.fromEntries(related) };
  });
}

/**
 * `decideAcceptClaim`, throwing `conflict` (with one detail per contradiction) when the claim was
 * flagged instead of accepted — after the flags are committed, so the reviewer sees them on reload.
 */
export async function acceptClaim(db: Db, id: string, input: AcceptClaimInput, change: ChangeContext): Promise<AcceptClaimResult> {
  const result = await decideAcceptClaim(db, id, input, change);
  if (result.outcome === 'flagged') {
    throw new AppError(
      'conflict',
      `claim ${id} contradicts stored facts and was flagged for review: ${result.flags.map((f) => f.message).join('; ')}`,
      result.flags.map((f) => ({ path: ['flags', f.code], message: f.statementIds.length ? `${f.message} [supersede: ${f.statementIds.join(', ')}]` : f.message })),
    );
  }
  return result;
}
