import * as jalaali from 'jalaali-js';
import type { StatementEdit } from '../../api/endpoints.ts';
import type { Statement } from '../../api/types.ts';
import { parseDateInput, toAsciiDigits, type Calendar, type PartialDate } from '../../format/partial-date.ts';
import { isHttpUrl } from './statement-form.ts';

/** What the edit form holds: this statement's editable fields, and the reason and source of the edit. */
export interface EditStatementValues {
  start: { text: string; calendar: Calendar };
  end: { text: string; calendar: Calendar };
  role: string | null;
  ordinal: string;
  sourceUrl: string;
  sourceTitle: string;
  sourceQuote: string;
  reason: string;
}

/** Fields that can carry an error, and the translation key of each error. */
export type EditStatementErrors = Partial<
  Record<'start' | 'end' | 'ordinal' | 'sourceUrl' | 'reason' | 'form', 'form.required' | 'form.dateInvalid' | 'form.dateEndBeforeStart' | 'form.sourceUrlInvalid' | 'edit.ordinalInvalid' | 'edit.nothingChanged'>
>;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * A stored date as the text a person would type, in the calendar it was stated in (so a Jalali
 * "1389" is shown as 1389, not as the Gregorian day it starts on), with ASCII digits.
 */
export function dateToInput(date: PartialDate | null, fallback: Calendar): { text: string; calendar: Calendar } {
  if (!date) return { text: '', calendar: fallback };
  if (date.calendar === 'jalali') {
    const [y, m, d] = date.value.split('-').map(Number);
    if (y && m && d) {
      const j = jalaali.toJalaali(y, m, d);
      const parts = [pad(j.jy, 4), date.precision !== 'year' ? pad(j.jm) : null, date.precision === 'day' ? pad(j.jd) : null];
      return { text: parts.filter((p) => p !== null).join('-'), calendar: 'jalali' };
    }
  }
  const length = date.precision === 'year' ? 4 : date.precision === 'month' ? 7 : 10;
  return { text: date.value.slice(0, length), calendar: 'gregorian' };
}

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

/**
 * The form's starting values: the statement as it is, an empty source and reason. With `persianDigits`
 * the dates and the ordinal are written in Persian digits, like everything else on a Persian page.
 */
export function initialEditValues(s: Statement, calendar: Calendar, persianDigits = false): EditStatementValues {
  const digits = (text: string) => (persianDigits ? text.replace(/\d/g, (d) => PERSIAN_DIGITS[Number(d)] ?? d) : text);
  const start = dateToInput(s.start, calendar);
  const end = dateToInput(s.end, calendar);
  return {
    start: { ...start, text: digits(start.text) },
    end: { ...end, text: digits(end.text) },
    role: s.role,
    ordinal: s.ordinal === null ? '' : digits(String(s.ordinal)),
    sourceUrl: '',
    sourceTitle: '',
    sourceQuote: '',
    reason: '',
  };
}


/**
 * Checks the edit form and builds the PATCH body with ONLY what changed (a cleared field is sent as
 * null). A reason and a source URL are required: every correction must be traceable. Reports every
 * problem at once; "nothing changed" is an error too (the server would refuse it as a conflict).
 */
export function buildStatementEdit(s: Statement, v: EditStatementValues): { ok: true; edit: StatementEdit } | { ok: false; errors: EditStatementErrors } {
  const errors: EditStatementErrors = {};
  const initial = { start: dateToInput(s.start, v.start.calendar), end: dateToInput(s.end, v.end.calendar) };
  const read = (field: 'start' | 'end') => {
    const text = v[field].text.trim();
    if (!text) return null;
    const parsed = parseDateInput(text, v[field].calendar);
    if (!parsed.ok) errors[field] = 'form.dateInvalid';
    return parsed.ok ? parsed : undefined;
  };
  const start = read('start');
  const end = read('end');
  if (start && end && end.date.value < start.date.value) errors.end = 'form.dateEndBeforeStart';
  const ordinalText = toAsciiDigits(v.ordinal.trim());
  const ordinal = ordinalText === '' ? null : Number(ordinalText);
  if (ordinal !== null && (!Number.isInteger(ordinal) || ordinal < 1)) errors.ordinal = 'edit.ordinalInvalid';
  const url = v.sourceUrl.trim();
  if (!url) errors.sourceUrl = 'form.required';
  else if (!isHttpUrl(url)) errors.sourceUrl = 'form.sourceUrlInvalid';
  if (!v.reason.trim()) errors.reason = 'form.required';
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  // Digits may be Persian in the form and ASCII in the stored value: compare them as ASCII.
  const same = (a: { text: string; calendar: Calendar }, b: { text: string; calendar: Calendar }) =>
    toAsciiDigits(a.text.trim()) === toAsciiDigits(b.text.trim()) && (a.text.trim() === '' || a.calendar === b.calendar);
  const edit: StatementEdit = { reason: v.reason.trim(), reference: { url } };
  if (v.sourceTitle.trim()) edit.reference.title = v.sourceTitle.trim();
  if (v.sourceQuote.trim()) edit.reference.quote = v.sourceQuote.trim();
  if (!same(v.start, initial.start)) edit.start = start ? start.apiValue : null;
  if (!same(v.end, initial.end)) edit.end = end ? end.apiValue : null;
  if ((v.role ?? null) !== s.role) edit.role = v.role;
  if (ordinal !== s.ordinal) edit.ordinal = ordinal;
  const changed = ['start', 'end', 'role', 'ordinal'].some((k) => k in edit);
  if (!changed) return { ok: false, errors: { form: 'edit.nothingChanged' } };
  return { ok: true, edit };
}
