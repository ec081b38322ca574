/** The registry's domain types (not row types). */
export * from './actor.js';
export * from './change.js';
export * from './entity.js';
export * from './partial-date.js';
export * from './statement.js';
