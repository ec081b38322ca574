/** Statement use cases, sources and references. */
export * from './change-statement.js';
export * from './create-statement.js';
export * from './deprecate-statement.js';
export * from './end-statement.js';
export * from './get-statement.js';
export * from './reject-statement.js';
export * from './source.repository.js';
export * from './statement-input.js';
export * from './statement.repository.js';
export * from './update-statement.js';
