import { useTranslation } from 'react-i18next';

/** Vocabularies whose values have translations (roles, statement kinds, event types…). */
export type VocabGroup =
  | 'roleNames'
  | 'statement.kinds'
  | 'statement.how'
  | 'eventTypes'
  | 'agreementTypes'
  | 'agreementStatus'
  | 'classifications'
  | 'review.kinds'
  | 'review.slots';

/**
 * A translator for vocabulary values: the translation when `group.value` exists in the language
 * files, else the value as sent (the server may add values before the web app knows them).
 */
export function useVocab(): (group: VocabGroup, value: string | null | undefined) => string {
  const { t, i18n } = useTranslation();
  return (group, value) => {
    if (!value) return '';
    const key = `${group}.${value}`;
    // The key is checked at run time; the cast only tells the typed t() it is one of ours.
    return i18n.exists(key) ? t(key as 'app.name') : value;
  };
}

/** A partial ISO date string (`2023`, `2023-06`, `2023-06-20`) as a Gregorian PartialDate. */
export function isoDate(value: string): { value: string; precision: 'year' | 'month' | 'day'; calendar: 'gregorian' } {
  return { value, precision: value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day', calendar: 'gregorian' };
}
