/** Claims: extracted facts with their evidence, clustered across articles. */
export * from './claim.js';
export * from './claim-history.js';
export * from './claim-matching.js';
export * from './claims.repository.js';
export * from './evidence-references.js';
export * from './fact-arguments.js';
export * from './intrinsic-flags.js';
export * from './record-claims.js';
export type * from './claims.table.js';
