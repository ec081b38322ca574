/** Entity resolution of claim arguments and the reconciliation queue. */
export * from './list-reconciliation-queue.js';
export * from './reconciliation.repository.js';
export * from './resolve-argument.js';
export * from './resolve-reconciliation.js';
