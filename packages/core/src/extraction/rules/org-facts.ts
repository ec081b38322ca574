import type { Item, Mention, Ref } from '../chunker.js';
import { type ArticleContext, outRef, refKey, type Sentence } from '../article-context.js';
import { findYears, keyOf } from '../keyed-tokens.js';
import { FA_ORG_HEADS } from '../lexicon-fa.js';
import { clauseStart, findCue, findCueBack, isCue, isListSep, nextMentionAfter } from './helpers.js';

function cityOf(m: Mention | undefined): Ref | undefined {
  if (!m) return undefined;
  if (m.kind === 'title') return m.title?.org?.type === 'city' ? m.title.org : undefined;
  return m.ref?.type === 'city' ? m.ref : undefined;
}

/** The year nearest to character offset `at` in the sentence. */
function yearNear(sent: Sentence, at: number): string | undefined {
  let best: { d: number; y: number } | undefined;
  for (const y of findYears(sent.text)) {
    const d = Math.abs(sent.s + y.index - at);
    if (!best || d < best.d) best = { d, y: y.year };
  }
  return best ? String(best.y) : undefined;
}

const ORG_HEADS = new Set(FA_ORG_HEADS.map(keyOf));
/** Words that end an organisation candidate's name (adverbs, the clause's own words). */
const CANDIDATE_STOP = new Set(['هم', 'نیز', 'همچنین', 'که', 'را', 'سال', 'رسما', 'ابتدا', 'اکنون', 'هماکنون']);

/**
 * An organisation candidate of plain words at `j` (before `stop`): an org head word («اتحادیه»,
 * «شبکه», «انجمن») and one to five more words up to a cue, mention or punctuation.
 */
function orgCandidateAt(items: readonly Item[], j: number, stop: number): Ref | undefined {
  const h = items[j];
  if (h?.t !== 'w' || !ORG_HEADS.has(h.key)) return undefined;
  let k = j + 1;
  while (k < stop && k - j < 6 && items[k]?.t === 'w' && !CANDIDATE_STOP.has((items[k] as { key: string }).key) && !/^\p{Nd}+$/u.test((items[k] as { key: string }).key)) k++;
  if (k - j < 2 || k - j > 5) return undefined;
  return { type: 'org', fa: keyText(items, j, k), candidate: true };
}

function keyText(items: readonly Item[], a: number, b: number): string {
  const out: string[] = [];
  for (let k = a; k < b; k++) out.push((items[k] as { text: string }).text);
  return out.join(' ');
}

/** True when the mention at `j` is in a list after «میان/بین/با» (a party, not a subject). */
function betweenParty(items: readonly Item[], j: number): boolean {
  let k = j - 1;
  while (k >= 0 && (items[k]?.t === 'm' || isListSep(items[k]))) k--;
  const x = items[k];
  return (x?.t === 'w' && (x.key === 'میان' || x.key === 'بین')) || isCue(x, 'with');
}

// (present «فعالیت می‌کند» is indicative)
const SUBJUNCTIVE = /(?<!می)(شود|شوند|گردد|کند|کنند)$/;

/**
 * A seat that is only planned or proposed: a subjunctive/future verb («مستقر شود», «افتتاح خواهد شد»)
 * unless achieved («موفق شد دفتر X را ایجاد کند»), or a proposal/intention in the clause.
 */
function plannedSeat(items: readonly Item[], i: number, verb: number): boolean {
  const v = items[verb] as Item;
  const nx = items[verb + 1];
  const subj = (v.t === 'cue' && SUBJUNCTIVE.test(v.key)) || (nx?.t === 'w' && SUBJUNCTIVE.test(nx.key)) || isCue(nx, 'will');
  if (subj && !items.some((x) => x.t === 'w' && x.key === 'موفق')) return true;
  return findCueBack(items, verb, 'propose', 'proposeverb', 'intend', 'readiness') >= clauseStart(items, i);
}

function firstMentionIndex(items: readonly Item[]): number {
  for (let i = 0; i < items.length; i++) if (items[i]?.t === 'm') return i;
  return items.length;
}

/** The first organisation (not an aside, not premises of another) of the last sentence before `sent` that names one. */
function subjectOrgBefore(ctx: ArticleContext, sent: Sentence): Ref | undefined {
  for (let k = sent.idx - 1; k >= 0 && k >= sent.idx - 2; k--) {
    const items = ctx.sentences[k]?.items ?? [];
    for (let j = 0; j < items.length; j++) {
      const x = items[j] as Item;
      if (x.t === 'm' && !x.m.aside && x.m.ref?.type === 'org' && !isCue(items[j - 1], 'secretariat', 'office', 'initiative')) return x.m.ref;
    }
  }
  return undefined;
}

/**
 * Founding and seats.
 * - founded: «<org> ... [در سال Y] [در <city>] [به ابتکار <x>] تشکیل/تأسیس/بنیان‌گذاری شد»: the org is
 *   the last organisation mentioned before the verb in the sentence.
 * - seat: «دبیرخانه/دفتر <org> در/به <city> واقع است/انتقال یافت/ایجاد شد», «<city> ... دفتر <org> را
 *   ایجاد کرد»; a bare «دبیرخانه» refers to the organisation last mentioned.
 */
export function orgFactRules(ctx: ArticleContext, sent: Sentence): void {
  const items = sent.items;
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    if (it.t !== 'cue') continue;
    if (it.cue === 'founded') {
      let org: Ref | undefined;
      let place: Ref | undefined;
      const iniAt = findCueBack(items, i, 'initiative');
      // «X که دفتر مرکزی آن در استانبول قرار دارد، در سال ۲۰۰۵ تشکیل شد»: the subject before a relative clause
      let from = i - 1;
      for (let c = i - 1; c > 1; c--) {
        const x = items[c] as Item;
        if (!(x.t === 'sep' && x.ch === '،')) continue;
        let k = c - 1;
        while (k > 0 && !(items[k]?.t === 'w' && (items[k] as { key: string }).key === 'که') && c - k <= 10) k--;
        const subj = items[k - 1];
        if (items[k]?.t === 'w' && subj?.t === 'm' && subj.m.ref?.type === 'org' && !subj.m.aside) {
          org = subj.m.ref;
          from = -1;
          for (let q = c + 1; q < i; q++) if (!place && isCue(items[q], 'in')) place = cityOf(nextMentionAfter(items, q + 1, 0)?.m);
        }
        break;
      }
      for (let j = from; j >= 0; j--) {
        const x = items[j] as Item;
        const premises = x.t === 'cue' && x.cue !== 'founded' && items[j + 1]?.t === 'm';
        if (x.t === 'cue' && (x.cue === 'secretariat' || x.cue === 'office' || x.cue === 'founded') && !premises) break;
        if (x.t !== 'm') continue;
        if (!place && isCue(items[j - 1], 'in')) place = cityOf(x.m);
        // «در مقر سازمان ملل»: the premises of another organisation, not the one founded
        if (isCue(items[j - 1], 'secretariat', 'office', 'initiative')) continue;
        // «به ابتکار برنامه اسکان بشر ...»: the initiator, not the organisation founded
        if (iniAt >= 0 && iniAt < j && j - iniAt <= 3) continue;
        if (x.m.ref?.type === 'org' && !x.m.aside) {
          // «کارگروهی میان شهرداری مشهد و سیتی‌نت تشکیل شد»: a party of what was formed, not its subject
          if (!betweenParty(items, j)) org = x.m.ref;
          break;
        }
      }
      // nominal «تأسیس <org> ... اعلام شد» (not a proposal, a plan or a future founding)
      if (!org && ctx.lang === 'fa' && items[i + 1]?.t === 'm' && (items[i + 1] as { m: Mention }).m.ref?.type === 'org' && findCue(items, 0, 'propose', 'proposeverb', 'readiness', 'intend') < 0 && findCue(items, 0, 'will', 'hope', 'neg') < 0) {
        org = (items[i + 1] as { m: Mention }).m.ref;
        for (let q = i + 2; q < items.length && !place; q++) if (isCue(items[q], 'in')) place = cityOf(nextMentionAfter(items, q + 1, 0)?.m);
      }
      // an organisation the registry does not know, opening the clause: «اتحادیه شهرهای جاده ابریشم در سال ۲۰۱۲ ... شکل گرفت»
      if (!org) {
        const cs = clauseStart(items, i);
        for (let j = cs; j < i && j - cs <= 2 && !org; j++) org = orgCandidateAt(items, j, i);
      }
      if (!org) continue;
      let initiator: Ref | undefined;
      const ini = findCue(items, 0, 'initiative');
      if (ini >= 0) {
        const m = nextMentionAfter(items, ini + 1, 1)?.m;
        initiator = m ? (m.kind === 'title' ? m.title?.org : m.ref) : undefined;
      }
      const date = yearNear(sent, it.s);
      ctx.add(
        {
          kind: 'founded',
          org: outRef(org),
          ...(date ? { date } : {}),
          ...(place ? { place: outRef(place) } : {}),
          ...(initiator ? { initiator: outRef(initiator) } : {}),
          evidence: [ctx.evidence(sent)],
          confidence: 0.8,
        },
        `founded|${refKey(org)}`,
      );
    } else if (it.cue === 'secretariat' || it.cue === 'office') {
      let verb = findCue(items, i + 1, 'seatverb');
      // «مقر آن در بارسلون است»: a copula right after «در <city>» places it too
      if (verb < 0 && ctx.lang === 'fa') {
        const cop = findCue(items, i + 1, 'copula');
        if (cop > 0 && /^(است|هست|میباشد)$/.test((items[cop] as { key: string }).key) && isCue(items[cop - 2], 'in') && cityOf(nextMentionAfter(items, cop - 1, 0)?.m) && findCue(items, i + 1, 'neg') < 0) verb = cop;
      }
      // English «has its secretariat in Barcelona», «headquartered in Paris»: no verb needed
      if (verb < 0 && ctx.lang === 'en' && isCue(items[i + 1], 'in') && cityOf(nextMentionAfter(items, i + 2, 0)?.m)) verb = i + 1;
      if (verb < 0) continue;
      if (plannedSeat(items, i, verb)) continue;
      // the verb belongs to another clause («در مقر X در نیویورک تاسیس شد و دبیرخانه آن در بن مستقر است»)
      if (findCue(items, i + 1, 'secretariat', 'office', 'founded') >= 0 && findCue(items, i + 1, 'secretariat', 'office', 'founded') < verb) continue;
      let org: Ref | undefined;
      const nm = nextMentionAfter(items, i + 1, 0);
      if (nm?.m.ref?.type === 'org') org = nm.m.ref;
      if (!org) org = orgCandidateAt(items, i + 1, verb);
      // «دبیرخانه آن/its secretariat»: the clause's subject organisation
      if (!org) {
        for (let j = clauseStart(items, i); j < i && !org; j++) {
          const x = items[j] as Item;
          if (x.t === 'm' && !x.m.aside && x.m.ref?.type === 'org' && !isCue(items[j - 1], 'secretariat', 'office')) org = x.m.ref;
        }
      }
      // «دبیرخانه‌اش ...» opening a sentence: the subject organisation of the sentence before
      if (!org && firstMentionIndex(items) > i) org = subjectOrgBefore(ctx, sent);
      if (!org) for (let j = clauseStart(items, i); j < i && !org; j++) org = orgCandidateAt(items, j, i);
      org ??= ctx.lastOrgBefore(sent, it.s) ?? ctx.topicOrg;
      if (!org) continue;
      let city: Ref | undefined;
      for (let j = i + 1; j < Math.min(items.length, verb + 2); j++) {
        if (isCue(items[j], 'in', 'to')) {
          city = cityOf(nextMentionAfter(items, j + 1, 0)?.m);
          if (city) break;
        }
      }
      if (!city) {
        // «<city> ... دفتر <org> را ایجاد کند»
        for (let j = i - 1; j >= 0 && i - j <= 8 && !city; j--) {
          const x = items[j] as Item;
          if (x.t === 'm' && !x.m.aside) city = cityOf(x.m);
          if ((x.t === 'cue' && x.cue === 'speech') || (x.t === 'sep' && x.ch === ':')) break;
        }
      }
      if (!city) continue;
      const since = isCue(items[verb], 'seatverb') && /انتقال|منتقل|ایجاد|افتتاح|راه|moved|opened/.test((items[verb] as { key: string }).key) ? yearNear(sent, it.s) : undefined;
      ctx.add(
        { kind: 'seat', org: outRef(org), city: outRef(city), ...(since ? { since } : {}), evidence: [ctx.evidence(sent)], confidence: 0.75 },
        `seat|${refKey(org)}|${refKey(city)}`,
      );
    }
  }
}
