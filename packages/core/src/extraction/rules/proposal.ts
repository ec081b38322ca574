import type { Item, Mention, Ref } from '../chunker.js';
import { type ArticleContext, outRef, refKey, type Sentence } from '../article-context.js';
import { findCue, isCue, nextMentionAfter } from './helpers.js';

/** The subject mention of the clause that contains item `i`: the last mention after the clause start. */
function clauseSubject(items: readonly Item[], i: number): Mention | undefined {
  let start = 0;
  for (let j = i - 1; j >= 0; j--) {
    const it = items[j] as Item;
    if ((it.t === 'sep' && it.ch === ':') || isCue(it, 'speech')) {
      start = j + 1;
      break;
    }
  }
  for (let j = start; j < i; j++) {
    const it = items[j] as Item;
    if (it.t === 'm' && !it.m.aside) return it.m;
  }
  return undefined;
}

/**
 * Proposals: «پیشنهاد <proposer> (جهت|برای|مبنی بر) <subject>» (headline style); «<proposer> ...
 * پیشنهاد <subject> را مطرح/ارائه کرد»; «<proposer> ... پیشنهاد کرد/داد». «استقبال از پیشنهاد» (no
 * proposer) is not a proposal. The subject is the Persian phrase after «پیشنهاد» (not translated).
 */
export function proposalRules(ctx: ArticleContext, sent: Sentence): void {
  const items = sent.items;
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    if (it.t !== 'cue' || (it.cue !== 'propose' && it.cue !== 'proposeverb')) continue;
    // a proposed sister-city pact or MoU is an agreement (status proposed), not a proposal
    if (findCue(items, i + 1, 'sister', 'mou', 'coop') >= 0 && findCue(items, i + 1, 'sister', 'mou', 'coop') - i <= 8) continue;
    // «پیشنهاد X را رد کرد / با مخالفت ... روبه‌رو شد»
    if (findCue(items, i + 1, 'reject') >= 0) return;
    // proposing to hold an event («... در تهران برگزار شود», «پیشنهاد برگزاری ...») creates nothing
    if (findCue(items, i + 1, 'held', 'holding') >= 0) return;
    let proposer: Mention | undefined;
    const direct = it.cue === 'propose' ? nextMentionAfter(items, i + 1, 0) : null;
    if (direct && direct.m.kind !== 'entity') proposer = direct.m;
    else if (it.cue === 'proposeverb' || findCue(items, i + 1, 'present') >= 0) proposer = clauseSubject(items, i);
    // «X گفت: پیشنهاد می کنیم ...»: the speaker (first person only: «این پیشنهاد» is someone else's)
    if (!proposer && it.cue === 'proposeverb' && /(م|یم)$/.test(it.key)) {
      let cs = -1;
      for (let j = i - 1; j >= 0 && cs < 0; j--) if (isCue(items[j], 'speech') || (items[j]?.t === 'sep' && (items[j] as { ch: string }).ch === ':')) cs = j;
      for (let j = 0; j < cs && !proposer; j++) {
        const x = items[j] as Item;
        if (x.t === 'm' && !x.m.aside && x.m.kind !== 'entity') proposer = x.m;
      }
    }
    // English «"We proposed ...," he said»: the speaker named after the quote
    if (!proposer && ctx.lang === 'en') {
      const said = findCue(items, i + 1, 'speech');
      const prev = items[said - 1];
      if (said > 0 && prev?.t === 'm' && prev.m.kind !== 'entity') proposer = prev.m;
    }
    if (!proposer) continue;
    // an unnamed official stands for the city/country («شهردار رشت پیشنهاد کرد»), unless the article names them
    const ref: Ref | null = proposer.kind === 'title' && proposer.title?.org ? (ctx.bindings.get(`${proposer.title.role}|${refKey(proposer.title.org)}`) ?? proposer.title.org) : ctx.participantOf(proposer);
    if (!ref || (ref.type === 'country' && proposer.kind !== 'title')) continue;
    const from = direct ? direct.i + 1 : i + 1;
    // «خواستار ایجاد X شد»: the verbal noun is part of the subject
    const at = it.key.startsWith('خواستار') ? it.s + it.key.indexOf('خواستار') + 'خواستار'.length + 1 : (items[from]?.s ?? it.e);
    const subject =
      sent.text
        .slice(Math.max(0, at - sent.s))
        .replace(/\s+(شد|شدند)\s*[.!]?$/, '')
        .split(/ را |[،.:]/)[0]
        ?.trim()
        .slice(0, 120) ?? '';
    ctx.add(
      { kind: 'proposal', proposer: outRef(ref), subject: subject || 'proposal', evidence: [ctx.evidence(sent)], confidence: 0.7 },
      `proposal|${refKey(ref)}`,
    );
    return;
  }
}
