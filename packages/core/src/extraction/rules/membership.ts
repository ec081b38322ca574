import type { Item, Mention, Ref } from '../chunker.js';
import type { ArticleContext, Sentence } from '../article-context.js';
import { clauseStart, findCue, findCueBack, firstMention, isCue, isListSep, listAfter, listBefore, nextMentionAfter } from './helpers.js';
import { FA_ORG_HEADS } from '../lexicon-fa.js';
import { keyOf } from '../keyed-tokens.js';

const HEAD_KEYS = new Set(FA_ORG_HEADS.map(keyOf));

/**
 * The organisation at item j: a mention, «به <org>», or a bare head word («به مجمع پیوست») naming the
 * organisation last mentioned with that head (else the article's main network).
 */
function orgAt(ctx: ArticleContext, sent: Sentence, j: number): Ref | undefined {
  let k = j;
  if (isCue(sent.items[k], 'to', 'in')) k++;
  const it = sent.items[k];
  if (it?.t === 'm' && it.m.ref?.type === 'org') return it.m.ref;
  if (it?.t === 'w' && HEAD_KEYS.has(it.key)) {
    const last = ctx.lastOrgBefore(sent, it.s);
    if (last && keyOf(last.fa.split(/\s+/)[0] ?? '') === it.key) return last;
    if (ctx.topicOrg && keyOf(ctx.topicOrg.fa.split(/\s+/)[0] ?? '') === it.key) return ctx.topicOrg;
  }
  return undefined;
}

/** «عضویت وابسته», «عضو کامل» right after the membership word. */
function categoryAt(items: readonly Item[], i: number): { category?: 'full' | 'associate' } {
  for (let k = i; k <= i + 1; k++) {
    if (isCue(items[k], 'associate')) return { category: 'associate' };
    if (isCue(items[k], 'fullmember')) return { category: 'full' };
  }
  return {};
}
import { parseOrdinal } from '@shahrnet/text';

/** A member from a mention: a city/org/country, or the city an unnamed mayor/municipality stands for. */
function memberOf(ctx: ArticleContext, m: Mention): Ref | null {
  if (m.kind === 'title') return m.title?.org?.type === 'city' ? m.title.org : null;
  if (m.kind === 'person') return m.ref ? (ctx.cityOf(m.ref, m) ?? null) : null;
  return m.ref ?? null;
}

/** An ordinal before «عضو» («بیستمین عضو», «بیست و یکمین عضو», «the 20th member»), with its first index. */
function ordinalBefore(items: readonly Item[], i: number): number | undefined {
  const w = items[i - 1];
  if (w?.t !== 'w') return undefined;
  const en = /^(\d+)(st|nd|rd|th)$/.exec(w.key);
  if (en) return Number(en[1]);
  // digits are a year or a count («از سال ۲۰۱۵ عضو»), never an ordinal
  if (/^\p{Nd}+$/u.test(w.key)) return undefined;
  const words: string[] = [];
  for (let j = i - 1; j >= 0 && i - j <= 5; j--) {
    const x = items[j] as Item;
    if (x.t === 'w') words.unshift(x.text);
    else if (x.t === 'sep' && x.ch === 'و') words.unshift('و');
    else break;
  }
  // the longest run of words that reads as one ordinal («بیست و دومین» before «دومین»)
  for (let k = 0; k < words.length; k++) {
    if (words[k] === 'و') continue;
    const v = parseOrdinal(words.slice(k).join(' '));
    if (v !== null) return v;
  }
  return undefined;
}

/**
 * Membership facts:
 * - «<member> به عضویت <org> درآمد/پیوست»; «<member> به <org> پیوست»;
 * - «عضویت <member> در <org>», «عضویت <member> به عنوان <Nمین> عضو <org>»;
 * - «<member> به عنوان <Nمین> عضو <org>» (ordinal);
 * - English: «<member> joined <org>», «became the 20th member of <org>».
 * (The copular «<member> عضو <org> است» is read with the post chain in posts.ts.)
 */
/** The sentence's date as an optional `date` field. */
function dateOf(ctx: ArticleContext, sent: Sentence): { date?: string } {
  const d = ctx.sentenceDate(sent);
  return d ? { date: d } : {};
}

export function membershipRules(ctx: ArticleContext, sent: Sentence): void {
  const items = sent.items;
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    if (it.t !== 'cue') continue;
    if (it.cue === 'join' || (it.cue === 'joinverb' && ctx.lang === 'en')) {
      // «به عضویت ORG درآمد» / «joined ORG»
      const o = nextMentionAfter(items, i + 1, 1);
      if (!o || o.m.ref?.type !== 'org') continue;
      if (it.cue === 'join' && findCue(items, o.i + 1, 'joinverb') < 0) continue;
      if (unreal(items, clauseStart(items, i), o.i + 3)) continue;
      for (const m of membersBefore(items, i)) {
        const mem = memberOf(ctx, m);
        if (mem) ctx.addMembership(mem, o.m.ref, sent, 0.85, dateOf(ctx, sent));
      }
    } else if (it.cue === 'joinverb' && items[i - 1]?.t === 'm' && (isCue(items[i - 2], 'to') || (isCue(items[i - 2], 'member') && isJam(items[i - 3]) && isCue(items[i - 4], 'to')))) {
      // «X به ORG پیوست», «X به جمع اعضای ORG پیوستند»
      const to = isCue(items[i - 2], 'to') ? i - 2 : i - 4;
      const org = (items[i - 1] as { m: Mention }).m.ref;
      if (org?.type !== 'org') continue;
      if (unreal(items, clauseStart(items, i), i + 2)) continue;
      // (the organisation itself, named just before «به این شبکه», is not its own member)
      let subj = membersBefore(items, to).filter((m) => m.kind !== 'entity' || m.ref?.type !== 'org' || (m.ref.id ?? m.ref.fa) !== (org.id ?? org.fa));
      if (subj.length === 0) {
        // the clause's subject, a list too («A، B و C در نشست ... به ORG پیوستند»)
        const f = firstMention(items, 0, to);
        if (f) subj = listAfter(items, f.i).ms.filter((m) => m.kind !== 'person');
        if (subj.length === 0 && f) subj = [f.m];
      }
      for (const m of subj) {
        const mem = memberOf(ctx, m);
        if (mem) ctx.addMembership(mem, org, sent, 0.8, dateOf(ctx, sent));
      }
    } else if ((it.cue === 'membership' || ((it.cue === 'associate' || it.cue === 'fullmember') && it.key.startsWith('عضویت'))) && items[i - 1]?.t === 'w' && /^(برای|جهت)$/.test((items[i - 1] as { key: string }).key) && items[i - 2]?.t === 'm') {
      // «درخواست X برای عضویت [وابسته] در ORG ... تصویب/پذیرفته شد»
      const approved = findCue(items, i + 1, 'approved');
      if (approved < 0 || findCueBack(items, i, 'readiness') < 0 || findCue(items, i, 'neg') >= 0) continue;
      let j = i + 1;
      while (j < approved && !isCue(items[j], 'in', 'to')) j++;
      const org = orgAt(ctx, sent, j);
      const mem = memberOf(ctx, (items[i - 2] as { m: Mention }).m);
      if (org && mem) ctx.addMembership(mem, org, sent, 0.8, { ...categoryAt(items, i + 1), ...dateOf(ctx, sent) });
    } else if (it.cue === 'membership') {
      // «عضویت X در ORG» / «عضویت X به عنوان Nمین عضو ORG»
      const mm = nextMentionAfter(items, i + 1, 1);
      if (!mm) continue;
      // «درخواست عضویت X ...» is a fact only once approved; a rejected or negated one is none
      if (isCue(items[i - 1], 'readiness') && findCue(items, i + 1, 'approved') < 0) continue;
      if (findCue(items, i + 1, 'reject', 'neg', 'cancel') >= 0) continue;
      // «عضویت شهرهای A، B و C در ORG»: every city of the list
      const list = listAfter(items, mm.i);
      const mems = list.ms.map((m) => memberOf(ctx, m)).filter((r): r is Ref => r !== null);
      const mem = mems[0];
      if (!mem) continue;
      let j = list.ms.length > 1 ? list.end : mm.i + 1;
      // «عضویت کرج و قم نیز در متروپلیس ...»: an adverb between the members and the organisation
      if (isSkip(items[j]) && isCue(items[j + 1], 'in', 'as')) j++;
      // English «the admission of Sari, the capital of Mazandaran province, as its 22nd member»
      if (ctx.lang === 'en' && items[j]?.t === 'sep') {
        const asAt = findCue(items, j, 'as');
        if (asAt > 0 && asAt - j <= 8) j = asAt;
      }
      let ordinal: number | undefined;
      let category: { category?: 'full' | 'associate' } = {};
      let org: Ref | undefined;
      if (isCue(items[j], 'as')) {
        const memberCue = findCue(items, j, 'member', 'associate', 'fullmember');
        if (memberCue >= 0 && memberCue <= j + 3) {
          // «as its 22nd member»: the organisation stands before the ordinal
          const pre = items[j + 1];
          if (pre?.t === 'm' && pre.m.ref?.type === 'org') org = pre.m.ref;
          ordinal = ordinalBefore(items, memberCue);
          category = categoryAt(items, memberCue);
          j = memberCue + 1;
        }
      } else if (isCue(items[j], 'in')) j++;
      else {
        // «با تایید عضویت X، ...», «عضویت A و B نیز قطعی شد»: an approved membership of the organisation the
        // sentence (or else the article) names
        const approvedBefore = items[i - 1]?.t === 'w' && /^(تایید|تصویب|پذیرش|قطعی شدن)$/.test((items[i - 1] as { key: string }).key);
        if (ctx.lang === 'fa' && (approvedBefore || isCue(items[j], 'approved') || (isSkip(items[j]) && isCue(items[j + 1], 'approved')))) {
          let o: Ref | undefined;
          for (let k = j; k < items.length && !o; k++) {
            const x = items[k] as Item;
            if (x.t === 'm' && !x.m.aside && x.m.ref?.type === 'org') o = x.m.ref;
          }
          o ??= ctx.lastOrgBefore(sent, it.s) ?? ctx.topicOrg;
          if (o) for (const m of mems) ctx.addMembership(m, o, sent, 0.7, dateOf(ctx, sent));
          continue;
        }
        // «ORG با عضویت A، B و C تأسیس شد»: the founding members of the organisation founded
        if (ctx.lang === 'fa' && isCue(items[i - 1], 'with') && findCue(items, i, 'founded') >= 0) {
          const o = firstMention(items, clauseStart(items, i), i - 1);
          if (o?.m.ref?.type === 'org') for (const m of mems) ctx.addMembership(m, o.m.ref, sent, 0.75);
          continue;
        }
        // English «ORG approved the membership applications of X and Y»: the approving organisation
        const ap = ctx.lang === 'en' ? findCueBack(items, i, 'approved') : -1;
        const subj = ap >= 0 ? firstMention(items, clauseStart(items, ap), ap) : null;
        if (!subj || subj.m.ref?.type !== 'org' || findCueBack(items, ap, 'neg', 'will') >= 0) continue;
        for (const m of mems) ctx.addMembership(m, subj.m.ref, sent, 0.75, dateOf(ctx, sent));
        continue;
      }
      const o = nextMentionAfter(items, j, ctx.lang === 'en' ? 1 : 0);
      if (o?.m.ref?.type === 'org') org = o.m.ref;
      if (!org) continue;
      for (const m of mems) ctx.addMembership(m, org, sent, 0.8, { ...(ordinal && mems.length === 1 ? { ordinal } : {}), ...category, ...dateOf(ctx, sent) });
    } else if (it.cue === 'presence') {
      presence(ctx, sent, i);
    } else if ((it.cue === 'fullmember' || it.cue === 'associate') && isMemberWord(it.key) && ordinalBefore(items, i) === undefined) {
      // «مشهد عضو کامل ایکلی است», «Tehran has been a full member of CITYNET»: the copula with a category
      const category = { category: it.cue === 'fullmember' ? ('full' as const) : ('associate' as const) };
      if (ctx.lang === 'en') memberCopulaEn(ctx, sent, i, category);
      else memberCopula(ctx, sent, i, category);
    } else if (it.cue === 'member' && foundingMembers(ctx, sent, i)) {
      continue;
    } else if (it.cue === 'member') {
      // «X به عنوان بیستمین عضو ORG»
      const ordinal = ordinalBefore(items, i);
      if (ordinal === undefined) {
        if (ctx.lang === 'en') memberCopulaEn(ctx, sent, i);
        else memberCopula(ctx, sent, i);
        continue;
      }
      // «بیستمین عضو ORG», «بیستمین عضو به مجمع پیوست»
      const org = orgAt(ctx, sent, i + 1);
      if (!org) continue;
      let asAt = i - 1;
      while (asAt >= 0 && i - asAt <= 6 && !isCue(items[asAt], 'as')) asAt--;
      const subjEnd = asAt >= 0 && i - asAt <= 6 ? asAt : i - 1;
      let subj = listBefore(items, subjEnd).ms;
      if (subj.length === 0) {
        const f = firstMention(items, clauseStart(items, subjEnd), subjEnd);
        if (f) subj = [f.m];
      }
      for (const m of subj) {
        const mem = memberOf(ctx, m);
        if (mem) ctx.addMembership(mem, org, sent, 0.8, { ordinal, ...categoryAt(items, i + 1), ...dateOf(ctx, sent) });
      }
    }
  }
}

/** Words between members and their predicate that do not end the subject («نیز», «هنوز», «سومین شهر ایرانی»). */
const SUBJECT_GAP = new Set(['که', 'پیشتر', 'قبلا', 'پیش', 'ازاین', 'تاکنون', 'نیز', 'هم', 'همچنین', 'هنوز', 'اکنون', 'هماکنون', 'اینک', 'رسما', 'اخیرا', 'گذشته', 'جاری', 'حاضر', 'شهر', 'کلانشهر', 'ایرانی', 'کشور', 'کشورمان', 'also']);

function gapWord(it: Item | undefined): boolean {
  if (it?.t === 'w') return !/^\p{L}+$/u.test(it.key) || SUBJECT_GAP.has(it.key) || /مین$/.test(it.key);
  return isCue(it, 'year', 'from', 'this');
}

/** «جمع» in «به جمع اعضای X پیوست». */
function isJam(it: Item | undefined): boolean {
  return it?.t === 'w' && it.key === 'جمع';
}

/** The key of «عضو …»/"… member" (a member), not of «عضویت …»/"… membership" (the membership itself). */
function isMemberWord(key: string): boolean {
  return (key.startsWith('عضو') && !key.startsWith('عضویت')) || key.endsWith('member');
}

/** An adverb between a membership and its approval («... نیز قطعی شد»). */
function isSkip(it: Item | undefined): boolean {
  return it?.t === 'w' && /^(نیز|هم|رسما|سرانجام|امروز|دیروز)$/.test(it.key);
}

/** Adjectives after «عضو/اعضای» («رسمی», «ایرانی», «اصلی», «فعال»). */
const MEMBER_ADJ = /^(رسمی|ایرانی|اصلی|فعال|دائم|جدید|خارجی|آسیایی|اروپایی|عربی|.{2,}ی)$/;

/** Cues that make a clause a plan, a wish or a request rather than a fact. */
function unreal(items: readonly Item[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to && k < items.length; k++) if (isCue(items[k], 'intend', 'readiness', 'neg', 'cancel')) return true;
  return false;
}

/**
 * The members a predicate at `at` is said of: the list right before it (over adverbs and time phrases,
 * «از سال ۱۳۹۴», «نیز», and an ordinal phrase «سومین شهر ایرانی»), with the list of a «<X> پس از A و B»
 * comparison (X, A and B are all members); else the clause's first place (a subject shared by clauses:
 * «X ... است و سال گذشته نیز به عضویت Y درآمد»).
 */
export function membersBefore(items: readonly Item[], at: number): Mention[] {
  let j = at - 1;
  for (let n = 0; j >= 0 && n < 6 && gapWord(items[j]); n++) j--;
  const out: Mention[] = [];
  const list = listBefore(items, j + 1);
  out.push(...list.ms);
  if (list.ms.length && isCue(items[list.start - 1], 'from') && items[list.start - 2]?.t === 'w' && (items[list.start - 2] as { key: string }).key === 'پس') {
    out.push(...listBefore(items, list.start - 2).ms);
  }
  if (out.length === 0) {
    for (let k = clauseStart(items, at); k < at; k++) {
      const x = items[k] as Item;
      if (x.t !== 'm' || x.m.aside) continue;
      if (isCue(items[k - 1], 'in', 'to', 'from', 'with')) continue;
      // a subject starts its clause («ده ها پایتخت ... عضو آن هستند» is a description, not Tehran)
      if (k > 0 && items[k - 1]?.t !== 'sep') break;
      if (x.m.kind === 'entity' && x.m.ref && x.m.ref.type !== 'person') {
        // the subject may be a list («یزد، کرمان و سمنان در نشست ... به X پیوستند»)
        const subj = listAfter(items, k).ms;
        out.push(...(subj.length ? subj : [x.m]));
        // «همدان پس از رشت، شیراز و تبریز چهارمین شهری است که ...»
        if (items[k + 1]?.t === 'w' && (items[k + 1] as { key: string }).key === 'پس' && isCue(items[k + 2], 'from')) out.push(...listAfter(items, k + 3).ms);
      }
      break;
    }
  }
  return out.filter((m) => m.kind !== 'person');
}

/** Organisation mentions from `k` on («X، Y و Z»; «این شبکه»/«آن» as the organisation last named); index after them. */
function orgsAfter(ctx: ArticleContext, sent: Sentence, k: number): { orgs: Ref[]; end: number } {
  const items = sent.items;
  const orgs: Ref[] = [];
  let i = k;
  while (i < items.length) {
    const it = items[i] as Item;
    if (it.t === 'm' && !it.m.aside && it.m.ref?.type === 'org') orgs.push(it.m.ref);
    else if (orgs.length === 0 && isCue(it, 'this') && !(items[i + 1]?.t === 'm' || items[i + 1]?.t === 'w')) {
      const o = ctx.lastOrgBefore(sent, it.s) ?? ctx.topicOrg;
      if (!o) break;
      orgs.push(o);
    } else if (orgs.length === 0 && it.t === 'w') {
      const o = orgAt(ctx, sent, i);
      if (!o) break;
      orgs.push(o);
    } else break;
    i++;
    // «(متروپلیس)»: an aside naming the same organisation
    if (items[i]?.t === 'sep' && (items[i] as { ch: string }).ch === '(') {
      let c = i + 1;
      while (c < items.length && c - i < 5 && !(items[c]?.t === 'sep' && (items[c] as { ch: string }).ch === ')')) c++;
      i = c + 1;
    }
    if (isListSep(items[i]) && items[i + 1]?.t === 'm') {
      i++;
      continue;
    }
    break;
  }
  return { orgs, end: i };
}

/**
 * «<members> [از سال ۱۳۹۴] عضو <org>، <org> و <org> است/هستند/به شمار می رود», «... عضو آن هستند»:
 * each member of each organisation. Negated, planned or requested clauses yield nothing.
 */
function memberCopula(ctx: ArticleContext, sent: Sentence, i: number, extra: { category?: 'full' | 'associate' } = {}): void {
  const items = sent.items;
  // «اعضای ایرانی این سازمان», «عضو رسمی X»: an adjective between the membership word and the organisation
  let from = i + 1;
  while (from < i + 3 && items[from]?.t === 'w' && MEMBER_ADJ.test((items[from] as { key: string }).key) && (items[from + 1]?.t === 'm' || items[from + 1]?.t === 'w' || isCue(items[from + 1], 'this'))) from++;
  const { orgs, end } = orgsAfter(ctx, sent, from);
  if (orgs.length === 0) return;
  let v = end;
  // a place or field before the verb («در منطقه», «در حوزه گردشگری»)
  if (isCue(items[v], 'in')) {
    v++;
    while (v < items.length && v - end <= 4 && (items[v]?.t === 'w' || (items[v]?.t === 'm' && (items[v] as { m: Mention }).m.kind === 'entity'))) v++;
  }
  if (!isCue(items[v], 'copula', 'presence')) return;
  if (unreal(items, clauseStart(items, i), v + 1) || isCue(items[v + 1], 'neg')) return;
  const ms = membersBefore(items, i);
  for (const m of ms) {
    const mem = memberOf(ctx, m);
    if (!mem) continue;
    for (const org of orgs) ctx.addMembership(mem, org, sent, 0.75, extra);
  }
}

/**
 * «<members> در <org> حضور/عضویت دارند», «در میان اعضای <org>، A، B و C حضور دارند»: present-tense
 * presence in an organisation is membership (the past «حضور داشت» is attendance and not read here).
 */
function presence(ctx: ArticleContext, sent: Sentence, p: number): void {
  const items = sent.items;
  const cs = clauseStart(items, p);
  if (unreal(items, cs, p + 1)) return;
  for (let o = p - 1; o >= cs; o--) {
    const x = items[o] as Item;
    if (!isCue(x, 'in', 'member')) continue;
    const { orgs, end } = orgsAfter(ctx, sent, o + 1);
    if (orgs.length === 0) continue;
    let members: Mention[];
    if (end === p) members = membersBefore(items, isCue(items[o - 1], 'in') ? o - 1 : o);
    else {
      let k = end;
      if (items[k]?.t === 'sep') k++;
      members = listAfter(items, k).ms.filter((m) => m.kind !== 'person');
    }
    for (const m of members) {
      const mem = memberOf(ctx, m);
      if (!mem) continue;
      for (const org of orgs) ctx.addMembership(mem, org, sent, 0.7);
    }
    return;
  }
}

/**
 * English «<members> is/are/has been a member of <org>[, <org> and <org>]» (also «since 2004»): each
 * member of each organisation. «is not a member», «will be a member» do not match (no copula right
 * before the article).
 */
function memberCopulaEn(ctx: ArticleContext, sent: Sentence, i: number, extra: { category?: 'full' | 'associate' } = {}): void {
  const items = sent.items;
  const art = items[i - 1];
  const single = art?.t === 'w' && /^(a|an)$/.test(art.key) && isCue(items[i - 2], 'copula');
  const plural = isCue(art, 'copula') && /members$/.test((items[i] as { key?: string }).key ?? '');
  if (!(single || plural) || !isCue(items[i + 1], 'from')) return;
  const { orgs } = orgsAfter(ctx, sent, i + 2);
  if (orgs.length === 0) return;
  let before = single ? i - 2 : i - 1;
  // a relative clause on the member: "Tehran, which has been a full member of CITYNET since 1992, ..."
  const rel = items[before - 1];
  if (rel?.t === 'w' && /^(which|that)$/.test(rel.key) && items[before - 2]?.t === 'sep' && items[before - 3]?.t === 'm') before -= 2;
  for (const m of membersBefore(items, before)) {
    const mem = memberOf(ctx, m);
    if (!mem) continue;
    for (const org of orgs) ctx.addMembership(mem, org, sent, 0.75, extra);
  }
}

/**
 * Founding members: «اعضای مؤسس <org>، A، B و C هستند», «... با حضور A، B و C به عنوان اعضای مؤسس ...
 * تشکیل شد» (the organisation founded in the clause), English «the founding members of <org> are A, B
 * and C», «A and B are founding members of <org>». Returns true when the cue was a founding-member phrase.
 */
function foundingMembers(ctx: ArticleContext, sent: Sentence, i: number): boolean {
  const items = sent.items;
  const nx = items[i + 1];
  const pv = items[i - 1];
  const fa = nx?.t === 'w' && /^(موسس|موسسان|بنیانگذار|بنیانگذاران)$/.test(nx.key);
  const en = pv?.t === 'w' && pv.key === 'founding';
  if (!fa && !en) return false;
  if (unreal(items, clauseStart(items, i), items.length)) return true;
  let org: Ref | undefined;
  let members: Mention[] = [];
  const after = fa ? i + 2 : i + 1;
  if (fa && items[after]?.t === 'm' && (items[after] as { m: Mention }).m.ref?.type === 'org') {
    // «اعضای مؤسس <org>[،] A، B و C هستند»
    org = (items[after] as { m: Mention }).m.ref;
    let k = after + 1;
    if (items[k]?.t === 'sep') k++;
    members = listAfter(items, k).ms;
    // «A، B و C اعضای مؤسس این مجمع هستند»
    if (members.length === 0) members = membersBefore(items, i);
  } else if (fa && isCue(items[i - 1], 'as')) {
    // «با حضور A، B و C به عنوان اعضای مؤسس ... تشکیل شد»: the organisation founded in the clause
    members = listBefore(items, i - 1).ms;
    const o = firstMention(items, clauseStart(items, i), i - 1);
    if (o?.m.ref?.type === 'org') org = o.m.ref;
  } else if (en && isCue(items[i + 1], 'from')) {
    const o = items[i + 2]?.t === 'w' && (items[i + 2] as { key: string }).key === 'the' ? i + 3 : i + 2;
    if (items[o]?.t !== 'm') return true;
    org = (items[o] as { m: Mention }).m.ref;
    if (isCue(items[o + 1], 'copula')) members = listAfter(items, o + 2).ms;
    else if (isCue(items[i - 2], 'copula')) members = membersBefore(items, i - 2);
    else if (isCue(items[i - 3], 'copula') && items[i - 2]?.t === 'w') members = membersBefore(items, i - 3);
  }
  if (org?.type !== 'org') return true;
  for (const m of members) {
    if (m.kind === 'person') continue;
    const mem = memberOf(ctx, m);
    if (mem && (mem.id ?? mem.fa) !== (org.id ?? org.fa)) ctx.addMembership(mem, org, sent, 0.75);
  }
  return true;
}
