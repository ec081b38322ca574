import type { ArticleInput } from './types.js';

/**
 * TEMPORARY: the article cleaning step until `cleanText`/`cleanHtml`/`detectLanguage`/`findDates` of
 * `@shahrnet/text` land. Keeps the text as is (offsets stay valid), takes the first non-empty line
 * as the title, detects Persian vs English by script and leaves the publication date unknown unless
 * it is given.
 */
export interface CleanedForExtraction {
  text: string;
  title: string;
  language: 'fa' | 'en' | 'other';
  published: string | null;
}

/** See the module comment. */
export function cleanForExtraction(input: ArticleInput): CleanedForExtraction {
  let text = input.text ?? '';
  if (!text && input.html) text = input.html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, '\n');
  text = text.replace(/\u00A0/g, ' ');
  const title = text.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? '';
  let fa = 0;
  let en = 0;
  for (let i = 0; i < text.length && fa + en < 4000; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) fa++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) en++;
  }
  const language = fa === 0 && en === 0 ? 'other' : fa >= en * 0.3 ? 'fa' : 'en';
  return { text, title, language, published: input.published ?? null };
}
