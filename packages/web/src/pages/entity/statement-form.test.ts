import { describe, expect, it } from 'vitest';
import { metropolis } from '../../test/factories.ts';
import { buildStatementInput, emptyStatementForm } from './statement-form.ts';

const filled = () => ({
  ...emptyStatementForm('jalali'),
  object: metropolis,
  sourceUrl: 'https://news.example.org/a',
  sourceTitle: 'عنوان',
  sourceQuote: 'نقل',
});

describe('buildStatementInput', () => {
  it('reports every missing part of the source at once', () => {
    const result = buildStatementInput('tehran', emptyStatementForm('jalali'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual({
      object: 'form.required',
      sourceUrl: 'form.required',
      sourceTitle: 'form.required',
      sourceQuote: 'form.required',
    });
  });

  it('rejects a non-http URL and an end before the start across calendars', () => {
    const result = buildStatementInput('tehran', {
      ...filled(),
      sourceUrl: 'javascript:alert(1)',
      start: { text: '1402', calendar: 'jalali' },
      end: { text: '2020', calendar: 'gregorian' },
    });
    expect(!result.ok && result.errors).toEqual({ sourceUrl: 'form.sourceUrlInvalid', end: 'form.dateEndBeforeStart' });
  });

  it('builds the API body with dates in their stated calendar', () => {
    const result = buildStatementInput('tehran', {
      ...filled(),
      role: 'board_member',
      start: { text: '۱۴۰۰/۵', calendar: 'jalali' },
      end: { text: '2024-06-30', calendar: 'gregorian' },
      reason: '  elected at the general assembly ',
    });
    expect(result).toEqual({
      ok: true,
      input: {
        kind: 'membership',
        subject: 'tehran',
        object: 'metropolis',
        role: 'board_member',
        start: 'jalali:1400-05',
        end: '2024-06-30',
        reason: 'elected at the general assembly',
        references: [{ url: 'https://news.example.org/a', title: 'عنوان', quote: 'نقل' }],
      },
    });
  });
});
