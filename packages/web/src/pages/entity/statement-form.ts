import { STATEMENT_KINDS, type EntitySummary, type StatementInput } from '../../api/types.ts';
import { parseDateInput, type Calendar } from '../../format/partial-date.ts';

/** Kinds a person can add from an entity page, most common first (`attribute` and `post_of` are curated elsewhere). */
export const FORM_KINDS = STATEMENT_KINDS.filter(
  (k): k is Exclude<(typeof STATEMENT_KINDS)[number], 'attribute' | 'post_of'> => k !== 'attribute' && k !== 'post_of',
);

/** What the add-statement form holds while being filled in. */
export interface StatementFormValues {
  kind: (typeof FORM_KINDS)[number];
  object: EntitySummary | null;
  role: string | null;
  start: { text: string; calendar: Calendar };
  end: { text: string; calendar: Calendar };
  sourceUrl: string;
  sourceTitle: string;
  sourceQuote: string;
  reason: string;
}

/** Fields that can carry an error, and the translation key of each error. */
export type StatementFormErrors = Partial<
  Record<'object' | 'start' | 'end' | 'sourceUrl' | 'sourceTitle' | 'sourceQuote', 'form.required' | 'form.dateInvalid' | 'form.dateEndBeforeStart' | 'form.sourceUrlInvalid'>
>;

/** Empty form values, dates in the reader's calendar. */
export function emptyStatementForm(calendar: Calendar): StatementFormValues {
  return {
    kind: 'membership',
    object: null,
    role: 'member',
    start: { text: '', calendar },
    end: { text: '', calendar },
    sourceUrl: '',
    sourceTitle: '',
    sourceQuote: '',
    reason: '',
  };
}

/** True for an absolute http(s) URL: what a source must be. Shared by the add and edit forms. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Checks the form and builds the POST /api/statements body. Every problem is reported at once (one
 * message per field); the server validates again, this only spares a round trip. A source (URL,
 * title, quote) is required because every fact in Shahrnet must be traceable.
 */
export function buildStatementInput(
  subjectId: string,
  v: StatementFormValues,
): { ok: true; input: StatementInput } | { ok: false; errors: StatementFormErrors } {
  const errors: StatementFormErrors = {};
  if (!v.object) errors.object = 'form.required';
  const start = v.start.text.trim() ? parseDateInput(v.start.text, v.start.calendar) : null;
  const end = v.end.text.trim() ? parseDateInput(v.end.text, v.end.calendar) : null;
  if (start && !start.ok) errors.start = 'form.dateInvalid';
  if (end && !end.ok) errors.end = 'form.dateInvalid';
  if (start?.ok && end?.ok && end.date.value < start.date.value) errors.end = 'form.dateEndBeforeStart';
  const url = v.sourceUrl.trim();
  if (!url) errors.sourceUrl = 'form.required';
  else if (!isHttpUrl(url)) errors.sourceUrl = 'form.sourceUrlInvalid';
  if (!v.sourceTitle.trim()) errors.sourceTitle = 'form.required';
  if (!v.sourceQuote.trim()) errors.sourceQuote = 'form.required';
  if (Object.keys(errors).length > 0 || !v.object) return { ok: false, errors };

  const input: StatementInput = {
    kind: v.kind,
    subject: subjectId,
    object: v.object.id,
    references: [{ url, title: v.sourceTitle.trim(), quote: v.sourceQuote.trim() }],
  };
  if (v.role) input.role = v.role;
  if (start?.ok) input.start = start.apiValue;
  if (end?.ok) input.end = end.apiValue;
  if (v.reason.trim()) input.reason = v.reason.trim();
  return { ok: true, input };
}
