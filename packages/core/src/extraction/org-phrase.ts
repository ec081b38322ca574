import type { Gazetteer, Payload } from './gazetteer.js';
import { keyOf } from './keyed-tokens.js';
import { FA_ORG_HEADS } from './lexicon-fa.js';

/**
 * Unknown organisations in Persian: an org head noun («مجمع», «شبکه», «فدراسیون», ...) followed by a
 * genitive chain of modifiers («فدراسیون جهانی شهرهای میراث یونسکو», «سازمان شهرها و پایتخت‌های
 * اسلامی»). The whole phrase is one new-entity candidate: a known name inside it (a parent body such as
 * UNESCO, a region, a country) is part of the longer name, not the organisation meant. The chain ends
 * at a preposition, a verb or other predicate cue, punctuation, a number or a function word, so
 * a following «در تهران» or «پیوستند» is never swallowed.
 */

/** What the chain reads of a chunker unit (the chunker's `Unit`, structurally). */
export interface PhraseUnit {
  k: string;
  s: number;
  e: number;
  text: string;
  key: string;
  pl?: Payload;
}

/**
 * Common words that are nonetheless usual modifiers inside organisation names (the gazetteer's common
 * list holds them because they never end a person's name).
 */
const NAME_WORDS = new Set(
  [
    'شهر', 'شهرها', 'شهرهای', 'کشور', 'کشورها', 'کشورهای', 'شهرداری', 'شهرداریها', 'شهرداریهای', 'کلانشهر', 'کلانشهرها',
    'کلانشهرهای', 'جهانی', 'بینالمللی', 'المللی', 'ملی', 'منطقهای', 'شهری', 'مدیریت', 'توسعه', 'همکاری', 'همکاریها', 'همکاریهای',
    'روابط', 'اسلامی', 'ایرانی', 'شهرداران', 'شورای', 'اعضای', 'ایران', 'جمهوری',
  ].map(keyOf),
);

/** Modifiers that make the phrase a description or a reference, not a name («سازمان مربوطه»). */
const NOT_NAME = new Set(['مربوطه', 'مذکور', 'یادشده', 'یاد', 'مزبور', 'فوق', 'متبوع', 'خود', 'دیگر', 'دیگری', 'جدید', 'مورد', 'ها', 'های'].map(keyOf));

/** Adjectives that describe a known organisation named right after them. */
const DESCRIPTORS = new Set(['جهانی', 'بینالمللی', 'بین', 'المللی', 'منطقهای', 'منطقه', 'ای', 'ملی', 'معتبر', 'بزرگ'].map(keyOf));

const PLACE = new Set(['city', 'country', 'org']);

const HEAD_KEYS = new Set(FA_ORG_HEADS.map(keyOf));

function isPlural(key: string): boolean {
  return /(ها|های|ان)$/.test(key);
}

/** A unit that may continue the chain: a modifier word, a type word («شهرهای»), a plural title («شهرداران»). */
function chainWord(us: readonly PhraseUnit[], j: number, gz: Gazetteer): boolean {
  const u = us[j];
  if (!u) return false;
  if (u.k === 'tw') return true;
  // a word the lexicon knows as a given name («سالم», «امید») is a plain modifier inside a name
  if (u.k === 'given' && j > 1) return true;
  if (u.k === 'role' && u.pl?.k === 'role' && u.pl.w.plural && u.pl.w.org === 'city') return true;
  if (u.k !== 'w') return false;
  const key = u.key;
  if (key.length < 2 || /\p{Nd}/u.test(key) || /^[A-Za-z]/.test(u.text)) return false;
  // «بین المللی» written with a space
  if (key === 'بین' && us[j + 1]?.key === 'المللی') return true;
  // «منطقه ای» written with a space
  if ((key === 'منطقه' && us[j + 1]?.key === 'ای') || (key === 'ای' && us[j - 1]?.key === 'منطقه')) return true;
  if (gz.common.has(key) && !NAME_WORDS.has(key)) return false;
  // ordinals and superlatives («سومین», «بزرگترین»), verbs with «می/نمی»
  if (/(مین|ترین)$/.test(key) || /^(می|نمی)/.test(key) && key.length > 4 && /(د|ند|یم|ید)$/.test(key)) return false;
  return true;
}

/**
 * The organisation phrase starting at the head word `us[i]`: the candidate's surface form and the unit
 * index after it, or null when the head is followed by no modifier (a bare «سازمان») or by a word that
 * makes it a description. `known` is the unit of a known organisation the phrase only describes
 * («شبکه منطقه‌ای سیتی‌نت»): the mention is that organisation.
 */
export function orgPhraseAt(us: readonly PhraseUnit[], i: number, gz: Gazetteer, full?: string): { fa: string; end: number; known?: number } | null {
  let j = i + 1;
  let words = 0;
  const n = us.length;
  while (j < n && j - i <= 9) {
    const u = us[j] as PhraseUnit;
    if (chainWord(us, j, gz)) {
      if (NOT_NAME.has(u.key)) return null;
      j++;
      words++;
      continue;
    }
    // a known place or parent body ends the chain and belongs to it («... یونسکو», «... آسیا و اقیانوسیه»)
    if (u.k === 'ent' && u.pl?.k === 'ent' && PLACE.has(u.pl.type) && words > 0) {
      // «شبکه جهانی ایکلی», «سازمان بین‌المللی متروپلیس»: a descriptor before a known organisation is that organisation
      if (u.pl.type === 'org' && us.slice(i + 1, j).every((x) => DESCRIPTORS.has(x.key))) return { fa: u.text, end: j + 1, known: j };
      j++;
      words++;
      const and = us[j];
      if (u.pl.type !== 'org' && and?.k === 'cue' && and.pl?.k === 'cue' && and.pl.cue === 'and' && us[j + 1]?.k === 'ent' && us[j + 1]?.pl?.k === 'ent' && (us[j + 1]?.pl as { type: string }).type !== 'person') j += 2;
      break;
    }
    // «سازمان شهرها و پایتخت‌های اسلامی»: «و» joins two plural modifiers of one name
    if (u.k === 'cue' && u.pl?.k === 'cue' && u.pl.cue === 'and' && words > 0 && isPlural((us[j - 1] as PhraseUnit).key)) {
      const nx = us[j + 1];
      if (nx && (nx.k === 'tw' || (chainWord(us, j + 1, gz) && isPlural(nx.key)))) {
        j++;
        continue;
      }
    }
    // «مجمع شهرداران برای صلح»: a purpose phrase inside the name, only before further name words
    if (u.k === 'w' && u.key === 'برای' && words > 0 && chainWord(us, j + 1, gz) && !isPlural((us[j + 1] as PhraseUnit).key)) {
      let k = j + 1;
      while (k < n && k - j <= 3 && chainWord(us, k, gz)) k++;
      // only when the phrase then ends at a boundary (punctuation or a predicate cue), not in the middle of a clause
      const after = us[k];
      if (!after || after.k === 'p' || after.k === 'cue') {
        words += k - j - 1;
        j = k;
      }
      break;
    }
    // «شبکه شهرهای سالم سازمان جهانی بهداشت»: a second head noun right after the chain, in the genitive, is
    // the parent body, and part of the name («the Healthy Cities Network OF the WHO»)
    if (u.k === 'w' && HEAD_KEYS.has(u.key) && words > 0) {
      const parent = orgPhraseAt(us, j, gz);
      if (parent && parent.known === undefined) {
        words++;
        j = parent.end;
      }
    }
    break;
  }
  if (words === 0) return null;
  const last = us[j - 1] as PhraseUnit;
  const fa = full !== undefined ? full.slice((us[i] as PhraseUnit).s, last.e) : us.slice(i, j).map((x) => x.text).join(' ');
  return { fa: fa.replace(/\s+/g, ' '), end: j };
}

/** English head nouns of organisation names («... Network», «Federation of ...»). */
export const EN_HEADS: ReadonlySet<string> = new Set(['network', 'alliance', 'federation', 'association', 'union', 'forum', 'league', 'organization', 'organisation', 'assembly', 'commission', 'coalition', 'foundation', 'confederation', 'partnership']);
/** Lower-case words allowed between capitalised words of a name («Federation of Heritage Cities», «Mayors for Peace»). */
const EN_LINKS = new Set(['of', 'for', 'and', 'the', 'on']);

function capitalised(u: PhraseUnit | undefined): boolean {
  return !!u && /^[A-Z]/.test(u.text) && u.k !== 'p' && u.k !== 'role' && u.k !== 'ev' && !(u.k === 'ent' && u.pl?.k === 'ent' && u.pl.type === 'org');
}

/**
 * An unknown English organisation starting at unit i: a run of capitalised words (link words «of»,
 * «for», «and», «the» only between them) holding a head noun («Network», «Alliance», «Federation of
 * ...»), at least two words long: «the Silk Road Cities Alliance», «the Federation of Asian Heritage
 * Cities». Returns the surface and the unit after it, or null.
 */
export function enOrgPhraseAt(us: readonly PhraseUnit[], i: number): { fa: string; end: number } | null {
  // a capitalised article or pronoun at a sentence start («The», «Its») is not part of the name
  if (!capitalised(us[i]) || EN_LINKS.has((us[i] as PhraseUnit).key.toLowerCase()) || /^(its|their|this|that|a|an)$/i.test((us[i] as PhraseUnit).text)) return null;
  let j = i;
  let lastCap = i;
  let head = false;
  while (j < us.length && j - i < 10) {
    const u = us[j] as PhraseUnit;
    if (capitalised(u)) {
      if (EN_HEADS.has(u.key.toLowerCase())) head = true;
      lastCap = j;
      j++;
      continue;
    }
    if (EN_LINKS.has(u.key.toLowerCase()) && u.text === u.text.toLowerCase() && capitalised(us[j + 1]) && j > i) {
      j++;
      continue;
    }
    break;
  }
  if (!head || lastCap === i) return null;
  const words = us.slice(i, lastCap + 1);
  return { fa: words.map((x) => x.text).join(' '), end: lastCap + 1 };
}
