import type { Item, Mention, Ref } from '../chunker.js';
import { type ArticleContext, outRef, refKey, type Sentence } from '../article-context.js';
import type { AgreementFact } from '../types.js';
import { clauseStart, findCue, firstMention, isCue, listAfter, listBefore } from './helpers.js';

/** Endings of common nouns/adjectives that never close a list of city names. */
const COMMONISH = /(ها|های|هایی|ترین|تر|گی|ی ها|اند|است|شد|کرد)$/;
const LIKE_WORDS = new Set(['شهرهایی', 'شهرهای', 'مانند', 'چون', 'همچون', 'ازجمله', 'جمله', 'از', 'such', 'like', 'cities', 'as']);

/** True when the clause of item i is negated after it («هنوز پیمان خواهرخواندگی ندارند»). */
function hasNegation(items: readonly Item[], i: number): boolean {
  for (let k = i + 1; k < items.length && k - i <= 6; k++) {
    const x = items[k] as Item;
    if (isCue(x, 'neg')) return true;
    if ((x.t === 'sep' && (x.ch === '،' || x.ch === ':')) || isCue(x, 'speech')) return false;
  }
  return false;
}

/** A party: a city/org, the city an unnamed mayor stands for, or the city a named mayor represents. */
function party(ctx: ArticleContext, m: Mention): Ref | null {
  if (m.kind === 'title') return m.title?.org && m.title.org.type !== 'country' ? m.title.org : null;
  if (m.kind === 'person') return m.ref ? (ctx.cityOf(m.ref, m) ?? null) : null;
  return m.ref && m.ref.type !== 'person' ? m.ref : null;
}

/** Adds the parties of mentions (keyed: one party per entity). */
function addParties(ctx: ArticleContext, parties: Map<string, Ref>, ms: readonly Mention[]): void {
  for (const m of ms) {
    const p = party(ctx, m);
    if (p) parties.set(refKey(p), p);
  }
}

/**
 * Agreement facts: خواهرخواندگی (sister_city), تفاهم‌نامه (mou), قرارداد/سند همکاری (cooperation).
 * Parties: the list right after the agreement word («خواهرخواندگی شهرهای تبریز و کازان», «بین X و Y»),
 * else the subject and the list after «با». Status: «امضا» -> signed; proposal/future -> proposed;
 * otherwise in force.
 */
export function agreementRules(ctx: ArticleContext, sent: Sentence): void {
  const items = sent.items;
  // the agreement words of the sentence; one of each kind is read (the first that yields parties)
  const agreementCues: number[] = [];
  const kinds = new Set<string>();
  const done = new Set<string>();
  for (let k = 0; k < items.length; k++) {
    const x = items[k] as Item;
    if (x.t === 'cue' && (x.cue === 'sister' || x.cue === 'mou' || x.cue === 'coop')) {
      kinds.add(x.cue);
      agreementCues.push(k);
    }
  }
  for (const i of agreementCues) {
    const it = items[i] as Extract<Item, { t: 'cue' }>;
    const type = it.cue === 'sister' ? 'sister_city' : it.cue === 'mou' ? 'mou' : 'cooperation';
    if (done.has(it.cue)) continue;
    // English «the new MoU» beside another agreement word refers back to one already read
    if (ctx.lang === 'en' && kinds.size > 1 && items[i - 1]?.t === 'w' && /^(the|new|this|that|its)$/.test((items[i - 1] as { key: string }).key)) continue;
    // «این تفاهم نامه» refers back to one already read; «تفاهم نامه هایی» is generic; a negated clause states none
    if (isCue(items[i - 1], 'this') || (isCue(items[i - 2], 'this') && isCue(items[i - 1], 'contract'))) continue;
    const nx = items[i + 1];
    if (nx?.t === 'w' && /^(ها|های|هایی)$/.test(nx.key)) continue;
    if (hasNegation(items, i)) continue;
    const parties = new Map<string, Ref>();
    let j = i + 1;
    while (items[j]?.t === 'w' || isCue(items[j], 'sister', 'mou', 'coop', 'contract')) j++;
    const after = listAfter(items, j);
    addParties(ctx, parties, after.ms);
    // «خواهرخواندگی شیراز و وارانسی»: an unknown name closing the list of parties is a city
    const tail = items[after.end + 1];
    if (after.ms.length === 1 && parties.size === 1 && items[after.end]?.t === 'sep' && (items[after.end] as { ch: string }).ch === 'و' && tail?.t === 'w' && tail.ui !== undefined && !isCue(items[after.end + 2], 'speech') && /^[\u0600-\u06FF]{3,}$/.test(tail.key) && !COMMONISH.test(tail.key)) {
      const c: Ref = { type: 'city', fa: tail.text, candidate: true };
      parties.set(refKey(c), c);
    }
    if (parties.size < 2) {
      // the nearest list before the agreement word in its clause («X و Y ... خواهرخوانده هستند»)
      const cs = clauseStart(items, i);
      for (let k = i - 1; k >= cs; k--) {
        if (items[k]?.t !== 'm') continue;
        const before = listBefore(items, k + 1).ms;
        if (before.length >= 2) addParties(ctx, parties, before);
        break;
      }
    }
    if (parties.size < 2) {
      const withAt = findCue(items, 0, 'with');
      const f = firstMention(items, clauseStart(items, i));
      if (f) addParties(ctx, parties, listAfter(items, f.i).ms);
      if (withAt >= 0) {
        // «با شهرهایی مانند کازان»
        let k = withAt + 1;
        while (k < items.length && k - withAt <= 3 && items[k]?.t === 'w' && LIKE_WORDS.has((items[k] as { key: string }).key)) k++;
        addParties(ctx, parties, listAfter(items, k).ms);
      }
    }
    if (parties.size < 2 && /دو شهر|دو کلانشهر|دو طرف|طرفین|both cities|the two cities/.test(sent.text)) {
      for (const c of ctx.recentCities(sent, it.s, 2)) parties.set(refKey(c), c);
    }
    // a country named beside the cities («طرف چینی», a nationality) is not a party of a city agreement
    const nonCountry = [...parties.values()].filter((p) => p.type !== 'country');
    if (nonCountry.length >= 2) for (const [k, p] of parties) if (p.type === 'country') parties.delete(k);
    if (parties.size < 2) continue;
    const other = agreementCues.filter((k) => k !== i);
    const signed = ownCue(items, i, other, 'signed');
    const proposed = findCue(items, 0, 'propose', 'proposeverb', 'will', 'intend') >= 0;
    const status: AgreementFact['status'] = proposed ? 'proposed' : signed ? 'signed' : 'in_force';
    // beside another agreement word, a memorandum with no signing or proposal of its own is only mentioned
    // («... خواهرخوانده هستند و امیدواریم تفاهم‌نامه امروز ...»): the parties of the sentence are not its parties
    if (kinds.size > 1 && status === 'in_force' && type !== 'sister_city') continue;
    const date = ctx.sentenceDate(sent);
    const list = [...parties.values()];
    // a city's list of sister cities («A با B، C و D خواهرخوانده است»): one bilateral agreement per partner
    let hub = list[0] as Ref;
    const withAt = findCue(items, clauseStart(items, i), 'with');
    const subj = withAt > 0 ? firstMention(items, clauseStart(items, i), withAt) : null;
    const subjRef = subj ? party(ctx, subj.m) : null;
    if (subjRef && parties.has(refKey(subjRef))) hub = parties.get(refKey(subjRef)) as Ref;
    else if (subjRef && type === 'sister_city' && list.length >= 2 && withAt < i) {
      // «A با شهرهای B، C و D خواهرخوانده است»: the list before the word was read without its subject
      parties.set(refKey(subjRef), subjRef);
      list.push(subjRef);
      hub = subjRef;
    }
    const groups = type === 'sister_city' && list.length > 2 ? list.filter((p) => p !== hub).map((p) => [hub, p]) : [list];
    for (const g of groups) {
      const key = `agreement|${type}|${g.map(refKey).sort().join('+')}`;
      ctx.add(
        {
          kind: 'agreement',
          agreement_type: type,
          parties: g.map(outRef),
          status,
          ...(date && status !== 'in_force' ? { date } : {}),
          evidence: [ctx.evidence(sent)],
          confidence: 0.75,
        },
        key,
      );
    }
    // a sentence may state a new memorandum beside an older sister-city tie: read each kind once
    done.add(it.cue);
    if (kinds.size === 1) return;
  }
}

/**
 * True when a cue named `name` belongs to the agreement word at i: after it (or before it) with no other
 * agreement word in between («X و Y که خواهرخوانده هستند، تفاهم‌نامه ... امضا کردند»: the signing is
 * the memorandum's).
 */
function ownCue(items: readonly Item[], i: number, others: readonly number[], name: string): boolean {
  const next = others.find((k) => k > i) ?? items.length;
  const prev = [...others].reverse().find((k) => k < i) ?? -1;
  for (let k = i + 1; k < next; k++) if (isCue(items[k], name)) return true;
  for (let k = i - 1; k > prev; k--) if (isCue(items[k], name)) return true;
  return false;
}
