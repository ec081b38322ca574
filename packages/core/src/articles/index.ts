/** Articles: the news store, its duplicate keys and full-text search. */
export * from './canonical-url.js';
export * from './search-fold.js';
export * from './minhash.js';
export * from './snippet.js';
export * from './search-articles.js';
export type * from './articles.table.js';
export * from './list-articles.js';
export * from './get-article.js';
