/** Entity linking and fact extraction from Persian/English news (issue 3 §2-§4). */
export type {
  EntityType as ExtractedEntityType,
  GazetteerName, GazetteerTerm, GazetteerEntry, EntityRef, Evidence, PostHow, PostFact, MembershipFact, EventType as ExtractedEventType,
  EventFact, MeetingFact, AgreementFact, FoundedFact, SeatFact, ProposalFact, Fact, FactKind, ArticleExtraction, ArticleInput,
} from './types.js';
export { FACT_KINDS } from './types.js';
export { KeyTrie } from './trie.js';
export { buildGazetteer, gazetteerEntriesFromShipped, type Gazetteer, type GazetteerEntity } from './gazetteer.js';
export { loadGazetteer, datasetRecords, gregorianOf } from './load-gazetteer.js';
export { extractArticle, type ExtractOptions } from './extract-article.js';
export { scoreArticles, formatScore, sameEntity, type ScoreReport, type KindScore, type ScoredArticle } from './score.js';
