/**
 * Scoring of extracted facts against gold facts, by the rules of the corpus README (the same rules as
 * `corpus/score.mjs`, written independently): a predicted fact matches an unused gold fact of the
 * same kind when the key fields agree; entities agree when their English labels match
 * case-insensitively without punctuation/diacritics, or their Persian forms match after folding.
 * Micro-averaged precision, recall and F1 per kind and overall.
 */

/** Counts and scores of one kind (or overall). */
export interface KindScore {
  gold: number;
  pred: number;
  hit: number;
  precision: number;
  recall: number;
  f1: number;
}

/** A scoring report. */
export interface ScoreReport {
  byKind: Record<string, KindScore>;
  overall: KindScore;
  /** Gold facts not found, as `<id>: <json>`. */
  misses: string[];
}

type Json = Record<string, unknown>;

const enKey = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const faKey = (s: unknown): string =>
  String(s ?? '')
    .replace(/[\u064A\u0649]/g, '\u06CC')
    .replace(/\u0643/g, '\u06A9')
    .replace(/[\u0629\u06C0]/g, '\u0647')
    .replace(/[\u0622\u0623\u0625]/g, '\u0627')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[\s\u200C\u200D\u00A0]/g, '')
    .replace(/[^\u0600-\u06FF0-9a-z]/gi, '');

/** Comparison keys of an entity reference (keys of 3 characters or fewer are too weak to count). */
function entityKeys(e: unknown): Set<string> {
  const out = new Set<string>();
  if (!e || typeof e !== 'object') return out;
  const r = e as Json;
  if (r.en) {
    const k = 'en:' + enKey(r.en);
    if (k.length > 3) out.add(k);
  }
  if (r.fa) {
    const k = 'fa:' + faKey(r.fa);
    if (k.length > 3) out.add(k);
  }
  return out;
}

/** True when two entity references name the same entity. */
export function sameEntity(a: unknown, b: unknown): boolean {
  const kb = entityKeys(b);
  for (const k of entityKeys(a)) if (kb.has(k)) return true;
  return false;
}

const anySame = (xs: unknown[], y: unknown): boolean => xs.some((x) => x && sameEntity(x, y));
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const overlap = (as: unknown, bs: unknown): number => arr(as).filter((a) => arr(bs).some((b) => sameEntity(a, b))).length;

/** Key-field agreement per kind. */
export const MATCHERS: Record<string, (p: Json, g: Json) => boolean> = {
  post: (p, g) =>
    p.role === g.role &&
    sameEntity(p.org, g.org) &&
    (anySame([g.holder, g.on_behalf_of], p.holder) || (!!p.on_behalf_of && anySame([g.holder, g.on_behalf_of], p.on_behalf_of))),
  membership: (p, g) => sameEntity(p.member, g.member) && sameEntity(p.org, g.org),
  event: (p, g) =>
    p.event_type === g.event_type && ((!!g.org && !!p.org && sameEntity(p.org, g.org)) || (!!g.host && !!p.host && sameEntity(p.host, g.host))),
  meeting: (p, g) => overlap(g.participants, p.participants) >= Math.min(2, arr(g.participants).length),
  agreement: (p, g) => p.agreement_type === g.agreement_type && overlap(g.parties, p.parties) === arr(g.parties).length,
  proposal: (p, g) => sameEntity(p.proposer, g.proposer),
  founded: (p, g) => sameEntity(p.org, g.org),
  seat: (p, g) => sameEntity(p.org, g.org) && sameEntity(p.city, g.city),
};

function finish(t: { gold: number; pred: number; hit: number }): KindScore {
  const precision = t.pred ? t.hit / t.pred : 0;
  const recall = t.gold ? t.hit / t.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const r3 = (x: number): number => Math.round(x * 1000) / 1000;
  return { ...t, precision: r3(precision), recall: r3(recall), f1: r3(f1) };
}

/** One article to score: its id, gold facts and predicted facts. */
export interface ScoredArticle {
  id: string;
  gold: readonly unknown[];
  pred: readonly unknown[];
}

/** Scores articles; each gold fact takes the first unused matching prediction (greedy, in gold order). */
export function scoreArticles(articles: readonly ScoredArticle[]): ScoreReport {
  const tally = new Map<string, { gold: number; pred: number; hit: number }>();
  const bump = (kind: string, field: 'gold' | 'pred' | 'hit'): void => {
    const t = tally.get(kind) ?? { gold: 0, pred: 0, hit: 0 };
    t[field]++;
    tally.set(kind, t);
  };
  const misses: string[] = [];
  for (const a of articles) {
    const used = new Set<number>();
    for (const gRaw of a.gold) {
      const g = gRaw as Json;
      const kind = String(g.kind);
      bump(kind, 'gold');
      const match = MATCHERS[kind];
      const i = a.pred.findIndex((pRaw, j) => {
        const p = pRaw as Json | null;
        return !used.has(j) && !!p && p.kind === kind && !!match && match(p, g);
      });
      if (i >= 0) {
        used.add(i);
        bump(kind, 'hit');
      } else misses.push(`${a.id}: ${JSON.stringify(g).slice(0, 160)}`);
    }
    for (const p of a.pred) bump(String((p as Json | null)?.kind ?? 'unknown'), 'pred');
  }
  const all = { gold: 0, pred: 0, hit: 0 };
  const byKind: Record<string, KindScore> = {};
  for (const [k, t] of tally) {
    byKind[k] = finish(t);
    all.gold += t.gold;
    all.pred += t.pred;
    all.hit += t.hit;
  }
  return { byKind, overall: finish(all), misses };
}

/** The report as text lines (the layout of score.mjs). */
export function formatScore(r: ScoreReport): string {
  const lines = Object.entries(r.byKind).map(
    ([k, t]) => `${k.padEnd(11)} gold ${t.gold}  pred ${t.pred}  hit ${t.hit}  P ${t.precision}  R ${t.recall}  F1 ${t.f1}`,
  );
  const o = r.overall;
  lines.push(`overall     gold ${o.gold}  pred ${o.pred}  hit ${o.hit}  P ${o.precision}  R ${o.recall}  F1 ${o.f1}`);
  return lines.join('\n');
}
