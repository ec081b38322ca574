/**
 * English vocabulary for English articles (same cue names, event types and role words as Persian).
 * Matched through lower-cased token keys.
 */
import type { RoleWord } from './lexicon-fa.js';

const R = (role: string, org: RoleWord['org'], extra: Partial<RoleWord> = {}): RoleWord => ({ role, org, ...extra });

/** English role phrases. */
export const EN_ROLES: Record<string, RoleWord> = {
  mayor: R('mayor', 'city'),
  mayors: R('mayor', 'city', { plural: true }),
  'deputy mayor': R('deputy_mayor', 'city'),
  'vice mayor': R('deputy_mayor', 'city'),
  'city councillor': R('council_member', 'city'),
  'council member': R('council_member', 'city'),
  'councilmember': R('council_member', 'city'),
  'chair of the city council': R('council_president', 'city'),
  'city council member': R('council_member', 'city'),
  'city councilmember': R('council_member', 'city'),
  'city council chairman': R('council_president', 'city'),
  'city council chair': R('council_president', 'city'),
  'city council head': R('council_president', 'city'),
  'city council president': R('council_president', 'city'),
  'city council speaker': R('council_president', 'city'),
  'president of the city council': R('council_president', 'city'),
  spokesperson: R('spokesperson', 'org'),
  spokesman: R('spokesperson', 'org'),
  'director general': R('director_general', 'city'),
  'director-general': R('director_general', 'city'),
  'consul general': R('consul_general', 'country'),
  'consul-general': R('consul_general', 'country'),
  ambassador: R('ambassador', 'country'),
  minister: R('minister', 'country'),
  president: R('president', 'org'),
  chair: R('president', 'org'),
  'vice president': R('vice_president', 'org'),
  'vice-president': R('vice_president', 'org'),
  'vice presidents': R('vice_president', 'org', { plural: true }),
  'vice-presidents': R('vice_president', 'org', { plural: true }),
  'co-president': R('co_president', 'org'),
  'co-presidents': R('co_president', 'org', { plural: true }),
  'co president': R('co_president', 'org'),
  treasurer: R('treasurer', 'org'),
  'regional vice president': R('regional_vice_president', 'org'),
  'regional vice-president': R('regional_vice_president', 'org'),
  'regional vice-presidents': R('regional_vice_president', 'org', { plural: true }),
  'secretary general': R('secretary_general', 'org'),
  'secretary-general': R('secretary_general', 'org'),
  'board member': R('board_member', 'org'),
  'member of the board': R('board_member', 'org'),
  'executive board member': R('executive_board_member', 'org'),
  'member of the executive board': R('executive_board_member', 'org'),
  'member of the executive committee': R('executive_board_member', 'org'),
};

/** English predicate cues. */
export const EN_CUES: Record<string, string> = {};
const cue = (name: string, ...phrases: string[]): void => {
  for (const p of phrases) EN_CUES[p] = name;
};
cue('elected', 'was elected', 'were elected', 'has been elected', 'have been elected', 'elected');
cue('reelected', 'was re-elected', 'was reelected', 're-elected', 'reelected', 'were re-elected');
cue('appointed', 'was appointed', 'were appointed', 'appointed');
cue('as', 'as');
cue('jointly', 'jointly');
cue('joinverb', 'joined', 'has joined', 'became a member of', 'has become a member of', 'become a member of', 'becomes a member of', 'became the', 'was admitted to', 'admitted');
cue('membership', 'admission', 'the admission', 'membership of', 'accession', 'membership applications of', 'membership application of', 'the membership applications of', 'the membership application of', 'applications for membership of', 'application for membership of');
// «approved the membership applications of X»: the organisation that approves is the subject
cue('approved', 'approved', 'has approved', 'accepted', 'endorsed', 'ratified');
// «the delegation arrived in Bukhara»: an arrival is a visit to that city
cue('arrive', 'arrived in', 'arrives in', 'arrived at', 'landed in', 'arrived on a visit to', 'arrived in the city of');
cue('associate', 'associate member', 'associate membership');
cue('fullmember', 'full member', 'full membership');
cue('chairs', 'chairs', 'who chairs', 'heads', 'who heads', 'presides over', 'who presides over', 'leads', 'who leads');
cue('member', 'member', 'members');
cue('held', 'was held', 'were held', 'took place', 'will be held', 'will take place', 'is held', 'convened', 'opened', 'held');
cue('hostedby', 'hosted by', 'host by', 'in the host city of');
cue('host', 'hosted', 'hosts', 'will host', 'host', 'hosting');
cue('virtual', 'virtual', 'virtually', 'online');
cue('meet', 'met', 'met with', 'meeting', 'meeting with', 'talks with', 'held talks', 'received');
cue('sister', 'sister city', 'sister-city', 'sister cities', 'twinning', 'twin city', 'twinned');
cue('mou', 'memorandum of understanding', 'mou', 'memorandum');
cue('coop', 'cooperation agreement', 'agreement of cooperation', 'cooperation accord');
cue('contract', 'agreement', 'accord', 'pact');
cue('signed', 'signed', 'sign', 'signing', 'will sign', 'inked');
cue('founded', 'was founded', 'was established', 'was created', 'was set up', 'founded', 'established');
cue('initiative', 'at the initiative of', 'on the initiative of', 'by');
cue('secretariat', 'secretariat', 'headquarters', 'headquartered');
cue('office', 'office', 'regional office');
cue('seatverb', 'is based', 'is located', 'based', 'located', 'moved', 'is in', 'was moved');
cue('propose', 'proposal', 'proposed', 'proposes', 'suggested', 'called for');
cue('proposeverb', 'proposed', 'suggested');
cue('visit', 'visit', 'visited', 'trip', 'travelled', 'traveled');
cue('speech', 'said', 'told', 'announced', 'added', 'stated', 'says');
cue('with', 'with');
cue('and', 'and');
cue('along', 'along with', 'together with');
cue('from', 'from', 'of');
cue('to', 'to');
cue('in', 'in');
cue('will', 'will', 'is to', 'plans to');
cue('copula', 'is', 'are', 'was', 'were', 'has been');

/**
 * Demonyms of the countries city-diplomacy news mentions, to ISO 3166-1 alpha-2 («the Azerbaijani
 * capital» is Baku).
 */
export const EN_DEMONYMS: Record<string, string> = {
  iranian: 'IR', azerbaijani: 'AZ', turkish: 'TR', iraqi: 'IQ', russian: 'RU', armenian: 'AM', chinese: 'CN', japanese: 'JP',
  korean: 'KR', 'south korean': 'KR', kazakh: 'KZ', tajik: 'TJ', uzbek: 'UZ', turkmen: 'TM', afghan: 'AF', pakistani: 'PK',
  indian: 'IN', syrian: 'SY', lebanese: 'LB', qatari: 'QA', omani: 'OM', emirati: 'AE', saudi: 'SA', kuwaiti: 'KW',
  georgian: 'GE', belarusian: 'BY', serbian: 'RS', spanish: 'ES', french: 'FR', german: 'DE', italian: 'IT', malaysian: 'MY',
  indonesian: 'ID', egyptian: 'EG', tunisian: 'TN', algerian: 'DZ', moroccan: 'MA', jordanian: 'JO', bahraini: 'BH',
  kyrgyz: 'KG', venezuelan: 'VE', cuban: 'CU', brazilian: 'BR', 'south african': 'ZA', bosnian: 'BA', austrian: 'AT',
};

/** English event nouns. */
export const EN_EVENTS: Record<string, string> = {
  congress: 'congress',
  'world congress': 'congress',
  'general assembly': 'general_assembly',
  // a board's meeting is a session of its organisation («the executive bureau meeting of UCLG»)
  'executive bureau meeting': 'session',
  'executive bureau session': 'session',
  'executive committee meeting': 'session',
  'bureau meeting': 'session',
  summit: 'summit',
  session: 'session',
  forum: 'forum',
  conference: 'conference',
};

/** English type words. */
export const EN_TYPE_WORDS: Record<string, 'city' | 'country'> = {
  city: 'city',
  'city of': 'city',
  'cities of': 'city',
};

/** English coreference words. */
export const EN_COREF: Record<string, string> = {
  'the city': 'this_city',
  'the network': 'this_org',
  'the association': 'this_org',
  'the organization': 'this_org',
  'the organisation': 'this_org',
  'the assembly': 'this_org',
  'the forum': 'this_org',
  'the union': 'this_org',
  'the league': 'this_org',
  its: 'this_org',
  he: 'he',
  she: 'he',
};
