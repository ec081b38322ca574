import type { Item, Mention, Ref, Title } from './chunker.js';
import { type ArticleContext, refKey, type Sentence } from './article-context.js';

/**
 * Roles news introduces by title in the lead and by name in the body: municipal officers and
 * diplomats (network officers are named where they are elected; advisers and governors are too loose).
 */
const PERSON_ROLES = new Set([
  'mayor', 'deputy_mayor', 'council_member', 'council_president', 'spokesperson', 'director_general', 'consul_general',
  'ambassador', 'minister',
]);
/** Sentences that count as the lead (headline, dateline paragraph). */
const LEAD_SENTENCES = 5;
const MUNICIPAL = new Set(['mayor', 'deputy_mayor', 'council_member', 'council_president', 'spokesperson', 'director_general']);
const DIPLOMATIC = new Set(['ambassador', 'consul_general', 'minister']);

/**
 * False when a person the article already titled cannot also hold `title`: a diplomat is not a
 * municipal officer and vice versa (the mayor quoted next to a consul is not the consul).
 */
export function compatibleSpeaker(titles: readonly Title[], title: Title): boolean {
  const muni = MUNICIPAL.has(title.role);
  const dipl = DIPLOMATIC.has(title.role);
  for (const t of titles) {
    if (muni && DIPLOMATIC.has(t.role)) return false;
    if (dipl && (MUNICIPAL.has(t.role) || DIPLOMATIC.has(t.role))) return false;
    if (t.role === title.role && refKey(t.org) !== refKey(title.org) && (muni || dipl)) return false;
  }
  return true;
}

type Slot = 'subj' | 'obj' | 'other';

/** Where a mention stands in its clause: the subject (first mention after the clause start), after «با/with», or elsewhere. */
function slotOf(items: readonly Item[], i: number): Slot {
  const prev = items[i - 1];
  if (prev?.t === 'cue' && (prev.cue === 'with' || prev.cue === 'to' || prev.cue === 'meet')) return 'obj';
  for (let j = i - 1; j >= 0; j--) {
    const x = items[j] as Item;
    if ((x.t === 'sep' && x.ch === ':') || (x.t === 'cue' && x.cue === 'speech')) return 'subj';
    if (x.t === 'm' && !x.m.aside && x.m.kind !== 'entity') return 'other';
    if (x.t === 'sep' && (x.ch === '،' || x.ch === ',') && j <= 6) {
      // «به گزارش <source>،»: the prefix does not count
      if (items[0]?.t === 'cue' && items[0].cue === 'to') return 'subj';
    }
  }
  return 'subj';
}

interface Cand<T> {
  v: T;
  first: number;
  slots: Set<Slot>;
  sent: Sentence;
}

/** Joins a title and a name: the person is bound to the title and gets the post once. */
function pair(ctx: ArticleContext, used: Set<string>, tc: Cand<Title>, pc: Cand<Ref>, pk: string): void {
  used.add(pk);
  ctx.bind(pc.v, tc.v);
  ctx.addPost({ ref: pc.v }, tc.v.role, tc.v.org as Ref, 'held', tc.sent, 0.6);
}

/**
 * Article-level person memory: a title the article never puts next to a name («سرکنسول روسیه» in the
 * lead) and a name it never gives a title («ایگور ماکسیموف گفت» in the body) are one person when they
 * stand in the same place of their clauses (both subjects, or both after «با»); a single leftover pair
 * is joined too. The person is bound to the title (so every later «سرکنسول روسیه» resolves to them)
 * and gets the post once.
 */
export function unifyTitles(ctx: ArticleContext, sentences: readonly Sentence[]): void {
  const titles = new Map<string, Cand<Title>>();
  const people = new Map<string, Cand<Ref>>();
  for (const sent of sentences) {
    const items = sent.items;
    // the person acts in the sentence: speaks, meets, proposes, travels
    const acting = items.some((x) => x.t === 'cue' && (x.cue === 'speech' || x.cue === 'meet' || x.cue === 'propose' || x.cue === 'proposeverb' || x.cue === 'visit'));
    for (let i = 0; i < items.length; i++) {
      const it = items[i] as Item;
      if (it.t !== 'm') continue;
      const m: Mention = it.m;
      if (m.aside || m.coref || m.group) continue;
      const pos = sent.idx * 1000 + i;
      if (m.kind === 'title' && m.title?.org && PERSON_ROLES.has(m.title.role) && (acting || sent.idx < LEAD_SENTENCES)) {
        const key = `${m.title.role}|${refKey(m.title.org)}`;
        const c = titles.get(key) ?? { v: m.title, first: pos, slots: new Set<Slot>(), sent };
        c.slots.add(slotOf(items, i));
        titles.set(key, c);
      } else if (m.kind === 'person' && m.ref && !m.title && !m.ref.id && acting) {
        const key = refKey(m.ref);
        const c = people.get(key) ?? { v: m.ref, first: pos, slots: new Set<Slot>(), sent };
        c.slots.add(slotOf(items, i));
        people.set(key, c);
      }
    }
  }
  const openTitles = [...titles.entries()]
    .filter(([key, c]) => {
      if (ctx.bindings.has(key)) return false;
      // the dataset's holder at the article's date, when the article names them, is the one
      const ds = ctx.datasetHolder(c.v);
      return !(ds && ctx.named.has(refKey(ds)));
    })
    .sort((a, b) => a[1].first - b[1].first);
  const openPeople = [...people.entries()]
    .filter(([key, c]) => {
      return !ctx.personTitles.has(key) && c.v.fa.includes(' ');
    })
    .sort((a, b) => a[1].first - b[1].first);
  if (openTitles.length === 0 || openPeople.length === 0) return;
  const used = new Set<string>();
  const left: Cand<Title>[] = [];
  for (const [, tc] of openTitles) {
    let hit: [string, Cand<Ref>] | undefined;
    for (const [pk, pc] of openPeople) {
      if (used.has(pk)) continue;
      const shared = [...tc.slots].some((s) => s !== 'other' && pc.slots.has(s));
      if (shared && compatibleSpeaker(ctx.personTitles.get(pk) ?? [], tc.v)) {
        hit = [pk, pc];
        break;
      }
    }
    if (hit) pair(ctx, used, tc, hit[1], hit[0]);
    else left.push(tc);
  }
  const rest = openPeople.filter(([pk]) => !used.has(pk));
  // a leftover pair only for a diplomat: foreign envoys are named in the body without their title,
  // while an untitled local name next to an unnamed mayor is as often someone else
  if (left.length === 1 && rest.length === 1 && DIPLOMATIC.has((left[0] as Cand<Title>).v.role)) pair(ctx, used, left[0] as Cand<Title>, (rest[0] as [string, Cand<Ref>])[1], (rest[0] as [string, Cand<Ref>])[0]);
}
