/** Review of claims: the queue, accept (with edit), reject, edit, bulk actions, auto-accept. */
export * from './accept-claim.js';
export * from './auto-accept.js';
export * from './bulk-review.js';
export * from './claim-edit.js';
export * from './claim-plan.js';
export * from './contradictions.js';
export * from './edit-claim.js';
export * from './list-claims.js';
export * from './reject-claim.js';
export * from './auto-accept-sweeps.js';
