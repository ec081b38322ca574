import type { Item, Mention, Ref } from '../chunker.js';
import { type ArticleContext, outRef, refKey, type Sentence } from '../article-context.js';
import { findYears } from '../keyed-tokens.js';
import { clauseStart, findCue, isCue, nextMentionAfter } from './helpers.js';

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
      for (let j = i - 1; j >= 0; j--) {
        const x = items[j] as Item;
        const premises = x.t === 'cue' && x.cue !== 'founded' && items[j + 1]?.t === 'm';
        if (x.t === 'cue' && (x.cue === 'secretariat' || x.cue === 'office' || x.cue === 'founded') && !premises) break;
        if (x.t !== 'm') continue;
        if (!place && isCue(items[j - 1], 'in')) place = cityOf(x.m);
        // «در مقر سازمان ملل»: the premises of another organisation, not the one founded
        if (isCue(items[j - 1], 'secretariat', 'office', 'initiative')) continue;
        if (x.m.ref?.type === 'org' && !x.m.aside) {
          org = x.m.ref;
          break;
        }
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
      // English «has its secretariat in Barcelona», «headquartered in Paris»: no verb needed
      if (verb < 0 && ctx.lang === 'en' && isCue(items[i + 1], 'in') && cityOf(nextMentionAfter(items, i + 2, 0)?.m)) verb = i + 1;
      if (verb < 0) continue;
      // the verb belongs to another clause («در مقر X در نیویورک تاسیس شد و دبیرخانه آن در بن مستقر است»)
      if (findCue(items, i + 1, 'secretariat', 'office', 'founded') >= 0 && findCue(items, i + 1, 'secretariat', 'office', 'founded') < verb) continue;
      let org: Ref | undefined;
      const nm = nextMentionAfter(items, i + 1, 0);
      if (nm?.m.ref?.type === 'org') org = nm.m.ref;
      // «دبیرخانه آن/its secretariat»: the clause's subject organisation
      if (!org) {
        for (let j = clauseStart(items, i); j < i && !org; j++) {
          const x = items[j] as Item;
          if (x.t === 'm' && !x.m.aside && x.m.ref?.type === 'org' && !isCue(items[j - 1], 'secretariat', 'office')) org = x.m.ref;
        }
      }
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
