import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguageCode, type LanguageCode } from '../i18n/languages.ts';
import { isRtlText } from '../i18n/rtl.ts';
import type { Labels } from '../api/types.ts';
import { useCalendar } from '../prefs/calendar.tsx';
import { formatNumber, formatPartialDate, type PartialDate } from './partial-date.ts';

/** A label picked for display, with the language it is actually in (for the `lang` attribute). */
export interface PickedLabel {
  text: string;
  lang: LanguageCode | undefined;
}

/**
 * Picks the label in the reader's language, else the other one, else the fallback (usually the id).
 * The returned `lang` lets the element say which language the text is in, so a Latin name inside a
 * Persian page is read and shaped correctly. A "Persian" label written in Latin script (an acronym
 * such as UCLG) is marked by its script, not by the key it came under.
 */
export function pickLabel(labels: Labels | undefined, lang: LanguageCode, fallback = ''): PickedLabel {
  const other: LanguageCode = lang === 'fa' ? 'en' : 'fa';
  const text = labels?.[lang] || labels?.[other];
  if (!text) return { text: fallback, lang: undefined };
  return { text, lang: isRtlText(text) ? 'fa' : 'en' };
}

/** Formatting bound to the reader's language and calendar. */
export interface Formatters {
  lang: LanguageCode;
  date(date: PartialDate, options?: { compact?: boolean }): string;
  range(start: PartialDate | null | undefined, end: PartialDate | null | undefined): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  label(labels: Labels | undefined, fallback?: string): PickedLabel;
  /** A country's name from its ISO 3166-1 code (IR -> ایران / Iran); unknown codes as given. */
  region(code: string): string;
}

/** The formatters for the current language and calendar; re-renders when either changes. */
export function useFormat(): Formatters {
  const { t, i18n } = useTranslation();
  const { calendar } = useCalendar();
  const lang: LanguageCode = isLanguageCode(i18n.language) ? i18n.language : 'fa';
  return useMemo(() => {
    const date = (d: PartialDate, options?: { compact?: boolean }) => formatPartialDate(d, { lang, calendar }, options);
    return {
      lang,
      date,
      range(start, end) {
        if (start && end) return t('date.range', { start: date(start, { compact: true }), end: date(end, { compact: true }) });
        if (start) return t('date.since', { start: date(start) });
        if (end) return t('date.until', { end: date(end) });
        return t('date.unknown');
      },
      number: (value, options) => formatNumber(value, lang, options),
      label: (labels, fallback) => pickLabel(labels, lang, fallback),
      region(code) {
        try {
          return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
        } catch {
          return code;
        }
      },
    };
  }, [t, lang, calendar]);
}
