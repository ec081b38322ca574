/** Registry use cases (entities) and the name-key function. */
export * from './create-entity.js';
export * from './entity-input.js';
export * from './entity.repository.js';
export * from './entity-references.repository.js';
export * from './fold-key.js';
export * from './get-entity.js';
export * from './get-entity-rendered.js';
export * from './merge-entities.js';
export * from './search-entities.js';
export * from './unmerge-entity.js';
export * from './update-entity.js';
export * from './rebuild-name-keys.js';
