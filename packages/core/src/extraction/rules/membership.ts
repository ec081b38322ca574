import type { Item, Mention, Ref } from '../chunker.js';
import type { ArticleContext, Sentence } from '../article-context.js';
import { clauseStart, findCue, findCueBack, firstMention, isCue, listBefore, nextMentionAfter } from './helpers.js';
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
export function membershipRules(ctx: ArticleContext, sent: Sentence): void {
  const items = sent.items;
  const dateOf = (): { date?: string } => {
    const d = ctx.sentenceDate(sent);
    return d ? { date: d } : {};
  };
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    if (it.t !== 'cue') continue;
    if (it.cue === 'join' || (it.cue === 'joinverb' && ctx.lang === 'en')) {
      // «به عضویت ORG درآمد» / «joined ORG»
      const o = nextMentionAfter(items, i + 1, 1);
      if (!o || o.m.ref?.type !== 'org') continue;
      if (it.cue === 'join' && findCue(items, o.i + 1, 'joinverb') < 0) continue;
      for (const m of listBefore(items, i).ms) {
        const mem = memberOf(ctx, m);
        if (mem) ctx.addMembership(mem, o.m.ref, sent, 0.85, dateOf());
      }
    } else if (it.cue === 'joinverb' && isCue(items[i - 2], 'to') && items[i - 1]?.t === 'm') {
      // «X به ORG پیوست»
      const org = (items[i - 1] as { m: Mention }).m.ref;
      if (org?.type !== 'org') continue;
      let subj = listBefore(items, i - 2).ms;
      if (subj.length === 0) {
        const f = firstMention(items, 0, i - 2);
        if (f) subj = [f.m];
      }
      for (const m of subj) {
        const mem = memberOf(ctx, m);
        if (mem) ctx.addMembership(mem, org, sent, 0.8, dateOf());
      }
    } else if ((it.cue === 'membership' || ((it.cue === 'associate' || it.cue === 'fullmember') && it.key.startsWith('عضویت'))) && items[i - 1]?.t === 'w' && /^(برای|جهت)$/.test((items[i - 1] as { key: string }).key) && items[i - 2]?.t === 'm') {
      // «درخواست X برای عضویت [وابسته] در ORG ... تصویب/پذیرفته شد»
      const approved = findCue(items, i + 1, 'approved');
      if (approved < 0 || findCueBack(items, i, 'readiness') < 0 || findCue(items, i, 'neg') >= 0) continue;
      let j = i + 1;
      while (j < approved && !isCue(items[j], 'in', 'to')) j++;
      const org = orgAt(ctx, sent, j);
      const mem = memberOf(ctx, (items[i - 2] as { m: Mention }).m);
      if (org && mem) ctx.addMembership(mem, org, sent, 0.8, { ...categoryAt(items, i + 1), ...dateOf() });
    } else if (it.cue === 'membership') {
      // «عضویت X در ORG» / «عضویت X به عنوان Nمین عضو ORG»
      const mm = nextMentionAfter(items, i + 1, 1);
      if (!mm) continue;
      const mem = memberOf(ctx, mm.m);
      if (!mem) continue;
      let j = mm.i + 1;
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
      else continue;
      const o = nextMentionAfter(items, j, ctx.lang === 'en' ? 1 : 0);
      if (o?.m.ref?.type === 'org') org = o.m.ref;
      if (!org) continue;
      ctx.addMembership(mem, org, sent, 0.8, { ...(ordinal ? { ordinal } : {}), ...category, ...dateOf() });
    } else if (it.cue === 'member') {
      // «X به عنوان بیستمین عضو ORG»
      const ordinal = ordinalBefore(items, i);
      if (ordinal === undefined) continue;
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
        if (mem) ctx.addMembership(mem, org, sent, 0.8, { ordinal, ...categoryAt(items, i + 1), ...dateOf() });
      }
    }
  }
}
