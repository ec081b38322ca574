import type { Item, Mention, Ref } from '../chunker.js';
import { type ArticleContext, outRef, refKey, type Sentence } from '../article-context.js';
import { findCue, firstMention, nextMentionAfter } from './helpers.js';

/**
 * Proposals: «پیشنهاد <proposer> (جهت|برای|مبنی بر) <subject>» (headline style), or a clause whose verb is
 * «... را مطرح کرد / پیشنهاد داد / پیشنهاد کرد» with its subject as proposer. «استقبال از پیشنهاد»
 * (no proposer) is not a proposal. The subject is the Persian phrase after «پیشنهاد» (no translation).
 */
export function proposalRules(ctx: ArticleContext, sent: Sentence): void {
  const items = sent.items;
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    if (it.t !== 'cue' || (it.cue !== 'propose' && it.cue !== 'proposeverb')) continue;
    let proposer: Mention | undefined;
    const direct = it.cue === 'propose' ? nextMentionAfter(items, i + 1, 0) : null;
    if (direct && direct.m.kind !== 'entity') proposer = direct.m;
    else if (findCue(items, i, 'proposeverb') >= 0 || it.cue === 'proposeverb') {
      const f = firstMention(items, 0, i);
      if (f) proposer = f.m;
    }
    if (!proposer) continue;
    const ref: Ref | null = ctx.participantOf(proposer);
    if (!ref || ref.type === 'country') continue;
    const from = direct ? direct.i + 1 : i + 1;
    const subject = sent.text
      .slice(Math.max(0, (items[from]?.s ?? it.e) - sent.s))
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
