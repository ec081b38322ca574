import { Chunker, newArticleState, type Ref } from './chunker.js';
import { ArticleContext, refKey, type Sentence } from './article-context.js';
import type { Gazetteer } from './gazetteer.js';
import { splitSentences } from '@shahrnet/text';
import type { ArticleExtraction, ArticleInput, Fact } from './types.js';
import { postRules } from './rules/posts.js';
import { membershipRules } from './rules/membership.js';
import { eventRules } from './rules/events.js';
import { meetingRules } from './rules/meeting.js';
import { agreementRules } from './rules/agreement.js';
import { orgFactRules } from './rules/org-facts.js';
import { proposalRules } from './rules/proposal.js';
import { chromeRanges, cleanForExtraction } from './clean.js';
import { unifyTitles, compatibleSpeaker } from './unify-titles.js';
import { sequentialString } from './keyed-tokens.js';

/** Options of `extractArticle`. */
export interface ExtractOptions {
  /** Drop facts below this confidence (default 0). */
  minConfidence?: number;
}

const SPEECH_TITLE_ROLES = new Set(['mayor', 'deputy_mayor', 'spokesperson', 'director_general', 'president', 'secretary_general', 'council_member', 'council_president', 'other', 'consul_general', 'ambassador']);

/**
 * Extracts the facts of one article (text or HTML as scraped): cleaning, language, sentences, linking
 * (two passes: the first collects who the article names for each title), then the rule families.
 * Pure and synchronous: no I/O, safe to call in a tight loop.
 */
export function extractArticle(input: ArticleInput, gz: Gazetteer, opts: ExtractOptions = {}): ArticleExtraction {
  const clean = cleanForExtraction(input);
  // (one string representation for the tokenizer's hot loops: see `sequentialString`)
  const text = sequentialString(clean.text);
  const lang = clean.language;
  const published = input.published ?? clean.published;
  if (lang === 'other') return { id: input.id, published, language: lang, title: clean.title, facts: [] };
  const ctx = new ArticleContext(gz, lang, published, text);
  const chunker = new Chunker(gz, newArticleState(lang));
  const sentences: Sentence[] = splitSentences(text).map((sp, idx) => ({ idx, s: sp.start, e: sp.end, text: sp.text, items: [] }));
  ctx.sentences = sentences;
  // site chrome (tags, related links, footers) yields no facts; offsets stay those of the raw text
  const chrome = chromeRanges(text);
  let ci = 0;
  // pass 1: chunk, bindings, speakers
  const titleSpeakers: { idx: number; title: NonNullable<import('./chunker.js').Mention['title']> }[] = [];
  const namedSpeakers: { idx: number; ref: Ref }[] = [];
  for (const sent of sentences) {
    while (ci < chrome.length && (chrome[ci] as [number, number])[1] <= sent.s) ci++;
    const cr = chrome[ci];
    if (cr && cr[0] <= sent.s && sent.e <= cr[1] + 1) continue;
    sent.items = chunker.chunk(text, sent.s, sent.e);
    let first = true;
    let speech = false;
    for (const x of sent.items) if (x.t === 'cue' && x.cue === 'speech') speech = true;
    for (const it of sent.items) {
      if (it.t !== 'm') continue;
      const m = it.m;
      if (m.kind === 'person' && m.ref && !m.coref) ctx.named.add(refKey(m.ref));
      if (m.kind === 'person' && m.ref && m.title?.org) ctx.bind(m.ref, m.title);
      if (m.kind === 'person' && m.ref && m.more) for (const t of m.more) ctx.bind(m.ref, t);
      // the speaker: the first person or title of the sentence («به گزارش شهرداری X، <name> افزود»)
      if (first && speech && !m.aside && m.kind !== 'entity') {
        if (m.kind === 'title' && m.title?.org && SPEECH_TITLE_ROLES.has(m.title.role)) titleSpeakers.push({ idx: sent.idx, title: m.title });
        if (m.kind === 'person' && m.ref && !m.title && !m.coref) namedSpeakers.push({ idx: sent.idx, ref: m.ref });
      }
      if (m.kind !== 'entity') first = false;
    }
  }
  // a title in one place and an untitled name in another are one person («سفیر هند ...» / «رودرا شرست گفت»)
  unifyTitles(ctx, sentences);
  // speaker binding: «<title> گفت» and «<name> گفت» in one article are one speaker
  for (const ts of titleSpeakers) {
    const key = `${ts.title.role}|${refKey(ts.title.org)}`;
    if (ctx.bindings.has(key)) continue;
    let best: { idx: number; ref: Ref } | undefined;
    for (const ns of namedSpeakers) {
      const titles = ctx.personTitles.get(refKey(ns.ref)) ?? [];
      if (titles.some((t) => t.role !== ts.title.role && t.org?.type === ts.title.org?.type && t.role !== 'mayor')) continue;
      if (!compatibleSpeaker(titles, ts.title)) continue;
      if (!best || Math.abs(ns.idx - ts.idx) < Math.abs(best.idx - ts.idx)) best = ns;
    }
    if (!best) continue;
    const ds = ctx.datasetHolder(ts.title);
    if (ds && refKey(ds) !== refKey(best.ref)) continue;
    ctx.bind(best.ref, ts.title);
    ctx.addPost({ ref: best.ref }, ts.title.role, ts.title.org as Ref, 'held', sentences[ts.idx] as Sentence, 0.65);
  }
  // titles the dataset resolves to a person the article names
  for (const sent of sentences) {
    for (const it of sent.items) {
      if (it.t !== 'm' || it.m.kind !== 'title' || !it.m.title?.org) continue;
      if (it.m.title.role !== 'mayor') continue;
      const ds = ctx.datasetHolder(it.m.title);
      if (ds && ctx.named.has(refKey(ds))) ctx.addPost({ ref: ds }, it.m.title.role, it.m.title.org, 'held', sent, 0.7);
    }
  }
  let top: { ref: Ref; n: number } | undefined;
  for (const c of chunker.state.orgCounts.values()) if (!top || c.n > top.n) top = c;
  if (top) ctx.topicOrg = top.ref;
  // pass 2: rules
  for (const sent of sentences) {
    if (sent.items.length < 3) continue;
    const cues = new Set<string>();
    let mentions = 0;
    for (const x of sent.items) {
      if (x.t === 'cue') cues.add(x.cue);
      else if (x.t === 'm' || x.t === 'ev') mentions++;
    }
    sent.cues = cues;
    if (mentions === 0) continue;
    postRules(ctx, sent);
    // every other rule family is driven by a predicate cue
    if (cues.size === 0) continue;
    if (cues.has('join') || cues.has('joinverb') || cues.has('membership') || cues.has('member') || cues.has('associate') || cues.has('fullmember') || cues.has('presence')) membershipRules(ctx, sent);
    if (cues.has('held') || cues.has('holding') || cues.has('hostedby') || cues.has('host') || cues.has('visit') || cues.has('arrive')) eventRules(ctx, sent);
    if (cues.has('meet') || cues.has('regarding')) meetingRules(ctx, sent);
    if (cues.has('sister') || cues.has('mou') || cues.has('coop')) agreementRules(ctx, sent);
    if (cues.has('founded') || cues.has('secretariat') || cues.has('office')) orgFactRules(ctx, sent);
    if (cues.has('propose') || cues.has('proposeverb')) proposalRules(ctx, sent);
  }
  const min = opts.minConfidence ?? 0;
  const facts: Fact[] = ctx.facts.filter((f) => f.confidence >= min);
  return { id: input.id, published, language: lang, title: clean.title, facts };
}
