import { describe, expect, it } from 'vitest';
import { reviewCommand } from './review-keys.ts';

const ev = (key: string, extra: Partial<{ ctrlKey: boolean; target: EventTarget | null }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: null,
  ...extra,
});

describe('reviewCommand', () => {
  it('maps j/k/a/r/e/x/u/? and the same keys on a Persian layout', () => {
    expect(['j', 'k', 'a', 'r', 'e', 'x', 'u', '?'].map((k) => reviewCommand(ev(k), false))).toEqual([
      'next',
      'previous',
      'accept',
      'reject',
      'edit',
      'select',
      'undo',
      'help',
    ]);
    expect(reviewCommand(ev('ش'), false)).toBe('accept');
    expect(reviewCommand(ev('J'), false)).toBe('next');
  });

  it('ignores keys while typing, with modifiers, or when a dialog is open', () => {
    const input = document.createElement('textarea');
    expect(reviewCommand(ev('a', { target: input }), false)).toBeNull();
    expect(reviewCommand(ev('a', { ctrlKey: true }), false)).toBeNull();
    expect(reviewCommand(ev('a'), true)).toBeNull();
    expect(reviewCommand(ev('z'), false)).toBeNull();
  });
});
