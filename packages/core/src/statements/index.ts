/** Statement use cases, sources and references. */
export * from './create-statement.js';
export * from './source.repository.js';
export * from './statement-input.js';
export * from './statement.repository.js';
