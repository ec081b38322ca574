/** What a key press in the review queue does. */
export type ReviewCommand = 'next' | 'previous' | 'accept' | 'reject' | 'edit' | 'select' | 'undo' | 'help' | 'open';

const KEYS: Record<string, ReviewCommand> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  a: 'accept',
  r: 'reject',
  e: 'edit',
  x: 'select',
  u: 'undo',
  '?': 'help',
  o: 'open',
};

/** Persian-keyboard twins of the letter keys (same physical key), so shortcuts work without switching layout. */
const PERSIAN: Record<string, string> = { ت: 'j', ن: 'k', ش: 'a', ق: 'r', ث: 'e', ط: 'x', ع: 'u', خ: 'o', '؟': '?' };

/**
 * The review command for a keyboard event, or null. Ignored while typing in a field, with a modifier
 * held (browser and screen-reader shortcuts stay theirs), or when a dialog is open (`blocked`).
 */
export function reviewCommand(
  event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; target: EventTarget | null },
  blocked: boolean,
): ReviewCommand | null {
  if (blocked || event.ctrlKey || event.metaKey || event.altKey) return null;
  const target = event.target as { tagName?: string; isContentEditable?: boolean } | null;
  const tag = target?.tagName?.toLowerCase();
  if (tag === 'input' || tag === 'textarea' || tag === 'select' || target?.isContentEditable) return null;
  const key = PERSIAN[event.key] ?? event.key;
  return KEYS[key] ?? KEYS[key.toLowerCase()] ?? null;
}
