import { describe, expect, it } from 'vitest';
import { metropolis, statement, tehran } from '../../test/factories.ts';
import { buildStatementEdit, dateToInput, initialEditValues } from './edit-statement-form.ts';

const membership = () =>
  statement({
    kind: 'membership',
    subject: tehran,
    object: metropolis,
    role: 'member',
    ordinal: 3,
    start: { value: '2010-03-21', precision: 'year', calendar: 'jalali' },
    version: 4,
  });

describe('edit statement form', () => {
  it('shows stored dates in the calendar they were stated in', () => {
    expect(dateToInput({ value: '2010-03-21', precision: 'year', calendar: 'jalali' }, 'gregorian')).toEqual({ text: '1389', calendar: 'jalali' });
    expect(dateToInput({ value: '2023-12-01', precision: 'day', calendar: 'jalali' }, 'gregorian')).toEqual({ text: '1402-09-10', calendar: 'jalali' });
    expect(dateToInput({ value: '2021-08', precision: 'month', calendar: 'gregorian' }, 'jalali')).toEqual({ text: '2021-08', calendar: 'gregorian' });
    expect(dateToInput(null, 'jalali')).toEqual({ text: '', calendar: 'jalali' });
  });

  it('requires a reason and a source, and refuses an edit that changes nothing', () => {
    const s = membership();
    const untouched = buildStatementEdit(s, initialEditValues(s, 'jalali'));
    expect(!untouched.ok && untouched.errors).toEqual({ sourceUrl: 'form.required', reason: 'form.required' });
    const noChange = buildStatementEdit(s, { ...initialEditValues(s, 'jalali'), sourceUrl: 'https://news.example.org/x', reason: 'چرا' });
    expect(!noChange.ok && noChange.errors).toEqual({ form: 'edit.nothingChanged' });
    const bad = buildStatementEdit(s, { ...initialEditValues(s, 'jalali'), ordinal: '-2', end: { text: '1388', calendar: 'jalali' }, sourceUrl: 'ftp://x', reason: 'r' });
    expect(!bad.ok && bad.errors).toEqual({ ordinal: 'edit.ordinalInvalid', end: 'form.dateEndBeforeStart', sourceUrl: 'form.sourceUrlInvalid' });
  });

  it('writes the starting values in Persian digits on a Persian page and still sees them as unchanged', () => {
    const s = membership();
    const fa = initialEditValues(s, 'jalali', true);
    expect([fa.start.text, fa.ordinal]).toEqual(['۱۳۸۹', '۳']);
    const result = buildStatementEdit(s, { ...fa, role: 'board_member', sourceUrl: 'https://news.example.org/y', reason: 'سمت' });
    expect(result.ok && result.edit).toEqual({ role: 'board_member', reason: 'سمت', reference: { url: 'https://news.example.org/y' } });
  });

  it('sends only what changed, a cleared field as null, Persian digits read', () => {
    const s = membership();
    const result = buildStatementEdit(s, {
      ...initialEditValues(s, 'jalali'),
      start: { text: '۱۳۸۹/۰۲/۱۰', calendar: 'jalali' },
      ordinal: '',
      sourceUrl: 'https://news.example.org/x',
      sourceTitle: 'فهرست اعضا',
      reason: 'تاریخ دقیق',
    });
    expect(result.ok && result.edit).toEqual({
      start: 'jalali:1389-02-10',
      ordinal: null,
      reason: 'تاریخ دقیق',
      reference: { url: 'https://news.example.org/x', title: 'فهرست اعضا' },
    });
  });
});
