import type { Item, Mention, Ref } from '../chunker.js';
import type { ArticleContext, Holder, Sentence } from '../article-context.js';
import type { PostHow } from '../types.js';
import { findYears } from '../keyed-tokens.js';
import { clauseStart, findCue, findCueBack, firstMention, isCue, isListSep, listAfter, listBefore, nextMentionAfter } from './helpers.js';

const HOW: Record<string, PostHow> = { elected: 'elected', won: 'elected', reelected: 'reelected', appointed: 'appointed' };
const ELECTION_CUES = ['elected', 'won', 'reelected', 'appointed'];
const FILLER = new Set(['خود', 'مجمع', 'انجمن', 'سازمان', 'this', 'the', 'of', 'its']);

/**
 * Post facts:
 * - apposition («<name> <role> <org>», «<role> <org>، <name>») -> held;
 * - «<holders> به عنوان <role> [<org>] انتخاب شد/ابقا شد/منصوب شد» (lists, «مشترکا» -> co_president);
 * - «<holder> عنوان <role> <org> را کسب کرد» -> elected;
 * - «<subject> [نیز] <role> <org>، <role> <org> و ... است» -> held (and memberships for plain «عضو»);
 * - «<holders> ... ریاست <org> را بر عهده ...» -> president, or co_president for several holders;
 * - «<title A> و <role> <org>» (unnamed mayor who also heads a network) -> held.
 */
export function postRules(ctx: ArticleContext, sent: Sentence): void {
  const items = sent.items;
  const election = findCue(items, 0, 'elected', 'won', 'reelected', 'appointed');
  const electionHow = election >= 0 ? HOW[(items[election] as { cue: string }).cue] : undefined;
  let consumedElection = false;

  councilElection(ctx, sent);
  // «به عنوان» groups
  let groupFloor = 0;
  for (let i = 0; i < items.length; i++) {
    if (!isCue(items[i], 'as')) continue;
    let r = i + 1;
    while (items[r]?.t === 'w' && FILLER.has((items[r] as { key: string }).key)) r++;
    const it = items[r];
    let role: string | undefined;
    let org: Ref | undefined;
    if (it?.t === 'role') {
      role = it.w.role;
      const nm = nextMentionAfter(items, r + 1, 1);
      if (nm && nm.m.kind === 'entity' && nm.m.ref && (nm.m.ref.type === 'org' || (it.w.org === 'city' && nm.m.ref.type === 'city'))) org = nm.m.ref;
    } else if (it?.t === 'm' && it.m.kind === 'title' && it.m.title) {
      role = it.m.title.role;
      org = it.m.title.org;
    } else continue;
    if (!role) continue;
    const verbAt = findCue(items, r, 'elected', 'won', 'reelected', 'appointed');
    const nextAs = findCue(items, r + 1, 'as');
    let how: PostHow | undefined;
    if (verbAt >= 0) how = HOW[(items[verbAt] as { cue: string }).cue];
    else if (findCue(items, r, 'will', 'copula', 'responsibility') >= 0) how = 'held';
    if (!how) continue;
    // a bare role shares the organisation named later in the same election sentence
    if (!org) {
      for (let k = r + 1; k < items.length && !org; k++) {
        const x = items[k] as Item;
        if (x.t === 'm' && x.m.kind === 'title' && x.m.title?.org?.type === 'org') org = x.m.title.org;
        else if (x.t === 'm' && x.m.ref?.type === 'org' && !x.m.aside) org = x.m.ref;
      }
    }
    org ??= ctx.topicOrg;
    if (!org) continue;
    const before = listBefore(items, i, ['jointly', 'with']);
    let holders = before.start >= groupFloor ? before.ms : [];
    if (holders.length === 0) {
      const f = firstMention(items, Math.max(groupFloor, clauseStart(items, i)), i);
      if (f && !f.m.coref) holders = listAfter(items, f.i).ms;
    }
    const jointly = items.slice(Math.max(groupFloor, before.start), r).some((x) => isCue(x, 'jointly'));
    if (jointly && role === 'president') role = 'co_president';
    for (const m of holders) addHolderPost(ctx, sent, m, role, org, how, 0.85);
    groupFloor = r + 1;
    consumedElection = true;
    if (nextAs < 0) break;
  }

  if (ctx.lang === 'en') {
    englishElection(ctx, sent);
    if (sent.cues?.has('chairs')) chairs(ctx, sent);
  }

  // apposition and election verb without «به عنوان» («X دبیرکل Y در سمت خود ابقا شد»)
  for (const it of items) {
    if (it.t !== 'm' || it.m.kind !== 'person' || !it.m.title?.org || !it.m.ref) continue;
    const t = it.m.title;
    const org = t.org as Ref;
    const how: PostHow = 'held';
    const city = ctx.cityOf(it.m.ref, it.m);
    ctx.addPost({ ref: it.m.ref, ...(city ? { onBehalf: city } : {}) }, t.role, org, how, sent, 0.9);
    for (const more of it.m.more ?? []) if (more.org) ctx.addPost({ ref: it.m.ref, ...(city ? { onBehalf: city } : {}) }, more.role, more.org, 'held', sent, 0.85);
  }
  if (!consumedElection && electionHow) {
    const f = firstMention(items, 0, election);
    if (f && f.m.kind === 'person' && f.m.title?.org && f.m.ref && f.m.title.role !== 'mayor') {
      ctx.addPost({ ref: f.m.ref }, f.m.title.role, f.m.title.org, electionHow, sent, 0.8);
    }
    electedTo(ctx, sent);
  }

  const cues = sent.cues;
  if (!cues || cues.has('copula') || cues.has('was')) copularChain(ctx, sent);
  if (!cues || cues.has('responsibility')) presidency(ctx, sent);
  coordinatedTitles(ctx, sent);
}

function addHolderPost(ctx: ArticleContext, sent: Sentence, m: Mention, role: string, org: Ref, how: PostHow, conf: number): void {
  const h = ctx.holderOf(m);
  if (!h) return;
  ctx.addPost(h, role, org, how, sent, conf);
}

/**
 * «<holder> [بار دیگر] به <title> برگزیده شد», «<holder> ... به عضویت هیئت مدیره <org> انتخاب شد»,
 * «<holder> کرسی <board> <org> را به دست آورد / حفظ کرد»: the title nearest before the election verb
 * in its clause; the holder is the clause's first person, mayor title or city. «بار دیگر/مجددا» -> reelected.
 */
function electedTo(ctx: ArticleContext, sent: Sentence): void {
  const items = sent.items;
  for (let v = 0; v < items.length; v++) {
    const cue = items[v];
    if (cue?.t !== 'cue' || !ELECTION_CUES.includes(cue.cue)) continue;
    const cs = clauseStart(items, v);
    let role: string | undefined;
    let org: Ref | undefined;
    let t = -1;
    for (let j = v - 1; j >= cs && v - j <= 4; j--) {
      const x = items[j] as Item;
      if (x.t === 'm' && x.m.kind === 'title' && x.m.title?.org?.type === 'org' && !x.m.group) {
        role = x.m.title.role;
        org = x.m.title.org;
        t = j;
        break;
      }
      if (x.t === 'role' && x.w.org === 'org' && !x.w.plural) {
        role = x.w.role;
        org = ctx.lastOrgBefore(sent, x.s) ?? ctx.topicOrg;
        t = j;
        break;
      }
      if (x.t === 'm' || (x.t === 'cue' && ELECTION_CUES.includes(x.cue))) break;
    }
    if (!role || !org || t < 0 || isCue(items[t - 1], 'as')) continue;
    // the nearest person or mayor before the title, else the clause's first city («تهران ... به نیابت ریاست X انتخاب شد»)
    let holder: Mention | undefined;
    for (let j = t - 1; j >= cs && !holder; j--) {
      const x = items[j] as Item;
      if (x.t === 'm' && !x.m.aside && (x.m.kind === 'person' || (x.m.kind === 'title' && x.m.title?.role === 'mayor'))) holder = x.m;
    }
    for (let j = cs; j < t && !holder; j++) {
      const x = items[j] as Item;
      // not a place («در باکو»)
      if (x.t === 'm' && !x.m.aside && x.m.kind === 'entity' && x.m.ref?.type === 'city' && !isCue(items[j - 1], 'in', 'to', 'from')) holder = x.m;
    }
    if (!holder) continue;
    let how: PostHow = HOW[cue.cue] ?? 'elected';
    if (findCue(items, cs, 'again') >= 0 && findCue(items, cs, 'again') < v) how = 'reelected';
    addHolderPost(ctx, sent, holder, role, org, how, 0.75);
  }
}

/** «<subject> [نیز] <title>، <title> و <org> است/هستند/بود/شد»; «<A> و <B> از اعضای <org> هستند». */
function copularChain(ctx: ArticleContext, sent: Sentence): void {
  const items = sent.items;
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as Item;
    if (it.t !== 'm' || it.m.aside || (it.m.kind === 'person' && it.m.title)) continue;
    if (isListSep(items[k - 1]) && items[k - 2]?.t === 'm') continue;
    chainAt(ctx, sent, { m: it.m, i: k });
  }
}

/** Adverbs and time phrases allowed between a subject and its predicate («نیز», «از سال ۱۳۹۸»). */
function skipAdverbials(items: readonly Item[], i: number): number {
  let j = i;
  for (let n = 0; n < 5 && j < items.length; n++) {
    const x = items[j] as Item;
    if (x.t === 'w' && !/^\p{L}+$/u.test(x.key)) j++;
    else if (x.t === 'w' && /^(نیز|هم|همچنین|اکنون|هماکنون|پیش|هنوز|که|also|now|still|currently)$/.test(x.key)) j++;
    else if (isCue(x, 'year', 'this') || (isCue(x, 'from') && (isCue(items[j + 1], 'year', 'this', 'member') || items[j + 1]?.t === 'w'))) j++;
    else break;
  }
  return j;
}

function chainAt(ctx: ArticleContext, sent: Sentence, f: { m: Mention; i: number }): void {
  const items = sent.items;
  // a list of subjects shares the predicate («تهران و مشهد از اعضای متروپلیس هستند»)
  const subjects = listAfter(items, f.i);
  let i = skipAdverbials(items, subjects.end);
  const chain: { role?: string; org: Ref }[] = [];
  let member = false;
  for (;;) {
    const it = items[i];
    if (isCue(it, 'member')) {
      member = true;
      i++;
      continue;
    }
    if (it?.t === 'm' && it.m.kind === 'title' && it.m.title?.org && !it.m.title.seat) {
      chain.push({ role: it.m.title.role, org: it.m.title.org });
      i++;
    } else if (it?.t === 'm' && it.m.kind === 'entity' && it.m.ref?.type === 'org' && (member || chain.length > 0)) {
      chain.push({ org: it.m.ref });
      i++;
    } else break;
    if (isListSep(items[i])) {
      i++;
      continue;
    }
    break;
  }
  if (chain.length === 0) return;
  // a place or field before the verb («سرکنسول ایران در هرات بوده», «عضو شبکه X در حوزه خوراک است»)
  for (let n = 0; n < 4 && isCue(items[i], 'in') && !isCue(items[i], 'copula'); n++) {
    let k = i + 1;
    while (k < items.length && k - i <= 3 && (items[k]?.t === 'w' || (items[k]?.t === 'm' && (items[k] as { m: Mention }).m.kind === 'entity'))) k++;
    if (k === i + 1) break;
    i = k;
  }
  if (!isCue(items[i], 'copula') && !isCue(items[i], 'was')) return;
  const span = sent.text.slice((items[f.i] as Item).e - sent.s, (items[i] as Item).s - sent.s);
  const year = findYears(span)[0];
  const extra = year ? { start: String(year.year) } : {};
  for (const sm of subjects.ms.length ? subjects.ms : [f.m]) {
    const h = ctx.holderOf(sm);
    if (!h) continue;
    for (const c of chain) {
      if (c.role) ctx.addPost(h, c.role, c.org, 'held', sent, 0.8, extra);
      else if (h.ref.type === 'city' || h.ref.type === 'org' || h.onBehalf) {
        ctx.addMembership(h.onBehalf ?? h.ref, c.org, sent, 0.75);
      }
    }
  }
}

/** «<holders> ... ریاست <org> را بر عهده داشت/خواهند داشت». */
function presidency(ctx: ArticleContext, sent: Sentence): void {
  const items = sent.items;
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    let org: Ref | undefined;
    if (it.t === 'm' && it.m.kind === 'title' && it.m.title?.role === 'president' && it.m.title.org) {
      org = it.m.title.org;
      if (!isCue(items[i + 1], 'responsibility')) continue;
    } else if (it.t === 'role' && it.w.role === 'president' && !it.w.plural) {
      // «ریاست مجمع/این شبکه را بر عهده داشت»: the organisation last named
      const nx = items[i + 1];
      const bare = nx?.t === 'w' && /^(مجمع|انجمن|سازمان|اتحادیه|شبکه)$/.test(nx.key);
      if (!(bare && isCue(items[i + 2], 'responsibility'))) continue;
      org = ctx.lastOrgBefore(sent, it.s) ?? ctx.topicOrg;
      if (!org) continue;
    } else continue;
    let j = i - 1;
    while (j >= 0 && items[j]?.t !== 'm') j--;
    if (j < 0) continue;
    const list = listBefore(items, j + 1);
    const holders = list.ms.filter((m) => !m.coref);
    if (holders.length === 0) continue;
    const jointly = holders.length > 1 || items.slice(list.start, i).some((x) => isCue(x, 'jointly'));
    const how: PostHow = sent.text.includes('رای') || findCue(items, 0, 'elected') >= 0 ? 'elected' : 'held';
    for (const m of holders) addHolderPost(ctx, sent, m, jointly ? 'co_president' : 'president', org, how, 0.75);
  }
}

/** «شهردار برلین و رییس فعلی متروپلیس» as a subject: the unnamed mayor holds the second title too. */
function coordinatedTitles(ctx: ArticleContext, sent: Sentence): void {
  const items = sent.items;
  if (findCue(items, 0, 'meet') >= 0) return;
  for (let i = 0; i + 2 < items.length; i++) {
    const a = items[i] as Item;
    const b = items[i + 2] as Item;
    if (a.t !== 'm' || b.t !== 'm' || !(items[i + 1]?.t === 'sep' && (items[i + 1] as { ch: string }).ch === 'و')) continue;
    if (a.m.kind !== 'title' || b.m.kind !== 'title' || a.m.title?.role !== 'mayor' || !b.m.title?.org || b.m.title.org.type !== 'org') continue;
    const prev = items[i - 1];
    if (isCue(prev, 'with', 'from', 'to', 'along') || findCueBack(items, i, 'with') >= 0) continue;
    if (isListSep(items[i + 3]) && items[i + 4]?.t === 'm') continue;
    const h: Holder | null = ctx.holderOf(a.m);
    if (h) ctx.addPost(h, b.m.title.role, b.m.title.org, 'held', sent, 0.7);
  }
}

/** English «<person>, who chairs/heads the <org>» -> president (held). */
function chairs(ctx: ArticleContext, sent: Sentence): void {
  const items = sent.items;
  for (let i = 0; i < items.length; i++) {
    if (!isCue(items[i], 'chairs')) continue;
    const o = nextMentionAfter(items, i + 1, 1);
    if (!o || o.m.ref?.type !== 'org') continue;
    let j = i - 1;
    while (j >= 0 && i - j <= 3 && items[j]?.t !== 'm') j--;
    const m = items[j];
    if (m?.t !== 'm' || m.m.aside || (m.m.kind !== 'person' && m.m.kind !== 'title')) continue;
    addHolderPost(ctx, sent, m.m, 'president', o.m.ref, 'held', 0.75);
  }
}

/** English «<holders> was/were elected|appointed <role> [of <org>]» (no «as»). */
function englishElection(ctx: ArticleContext, sent: Sentence): void {
  const items = sent.items;
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    if (it.t !== 'cue' || !ELECTION_CUES.includes(it.cue)) continue;
    let r = i + 1;
    if (isCue(items[r], 'as')) r++;
    const x = items[r];
    let role: string | undefined;
    let org: Ref | undefined;
    if (x?.t === 'role') role = x.w.role;
    else if (x?.t === 'm' && x.m.kind === 'title' && x.m.title) {
      role = x.m.title.role;
      org = x.m.title.org;
    }
    if (!role) continue;
    org ??= ctx.topicOrg;
    if (!org) continue;
    let holders = listBefore(items, i).ms;
    if (holders.length === 0) {
      const f = firstMention(items, 0, i);
      if (f) holders = listAfter(items, f.i).ms;
    }
    const how = HOW[it.cue] ?? 'elected';
    for (const m of holders) addHolderPost(ctx, sent, m, role, org, how, 0.8);
  }
}

const COUNCIL_ROLES = new Set(['council_president', 'council_member', 'spokesperson']);

/**
 * A city council's presidium: «<name> با ۱۰ رای به ریاست شورا رسید» (council_president, elected),
 * «<A> نایب رئیس و <B> منشی شورا شدند» (council_member each: the bare role shares the council of the
 * coordinated title), «برای دومین سال ... رئیس شورای شهر X شد» (reelected). The holder is the person right
 * before the title over the vote count and prepositions.
 */
function councilElection(ctx: ArticleContext, sent: Sentence): void {
  const items = sent.items;
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as Item;
    if (it.t !== 'm') continue;
    const t = it.m.title;
    if (!t?.org || t.org.type !== 'city' || !COUNCIL_ROLES.has(t.role) || (t.role === 'spokesperson' && !t.council)) continue;
    // a verb right after: «شد», «شدند», «رسید», «انتخاب شد»
    let v = k + 1;
    while (items[v]?.t === 'w' && /^(نیز|هم)$/.test((items[v] as { key: string }).key)) v++;
    const verb = items[v];
    const elected = isCue(verb, 'elected', 'reelected', 'copula') || (verb?.t === 'w' && /^رسید(ند)?$/.test(verb.key));
    if (!elected) continue;
    const again = findCue(items, 0, 'again') >= 0 && findCue(items, 0, 'again') < k || /(دومین|سومین) (سال|دوره)/.test(sent.text);
    const how: PostHow = again ? 'reelected' : 'elected';
    let holder: Mention | undefined = it.m.kind === 'person' ? it.m : undefined;
    let h = k;
    if (!holder) {
      for (let j = k - 1; j >= 0 && k - j <= 8; j--) {
        const x = items[j] as Item;
        if (x.t === 'm') {
          if (x.m.kind === 'person' && !x.m.aside) {
            holder = x.m;
            h = j;
          }
          break;
        }
        if (x.t === 'sep' || x.t === 'role' || isCue(x, 'speech')) break;
      }
    }
    if (!holder) continue;
    addHolderPost(ctx, sent, holder, t.role, t.org, how, 0.8);
    // «<A> نایب رئیس و <B> منشی شورا شدند»
    const pre = items[h - 1];
    const bare = items[h - 2];
    const a = items[h - 3];
    if (pre?.t === 'sep' && pre.ch === 'و' && bare?.t === 'role' && a?.t === 'm' && a.m.kind === 'person' && !a.m.title) {
      const role = bare.w.role === 'president' ? 'council_president' : 'council_member';
      addHolderPost(ctx, sent, a.m, role, t.org, how, 0.75);
    }
  }
}
