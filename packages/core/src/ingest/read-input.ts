import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { z } from 'zod';
import { parseFeed } from './parse-feed.js';
import type { IngestFailure, InputRecord } from './input-record.js';

/** File extensions ingest reads; anything else in a folder is ignored (a named file of another kind is a failure). */
export const INPUT_EXTENSIONS = ['.txt', '.html', '.htm', '.json', '.jsonl', '.ndjson', '.xml', '.rss', '.atom'] as const;

/**
 * Expands input paths into the files to read: files as given, folders recursively (hidden entries
 * skipped), in sorted order so that every run visits records in the same order (which makes
 * near-duplicate linking and crash recovery deterministic). Missing paths become failures.
 */
export function discoverFiles(inputs: readonly string[]): { files: string[]; failures: IngestFailure[] } {
  const files: string[] = [];
  const failures: IngestFailure[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      else if ((INPUT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase())) files.push(path);
    }
  };
  for (const input of inputs) {
    let st;
    try {
      st = statSync(input);
    } catch {
      failures.push({ source: input, reason: 'no such file or folder' });
      continue;
    }
    if (st.isDirectory()) walk(input);
    else files.push(input);
  }
  return { files, failures };
}

/** A JSON article record: `{url, title, published, text|html}`. */
const jsonRecordSchema = z
  .object({
    url: z.string().nullish(),
    title: z.string().nullish(),
    published: z.string().nullish(),
    text: z.string().nullish(),
    html: z.string().nullish(),
  })
  .refine((r) => (r.text ?? '').trim() !== '' || (r.html ?? '').trim() !== '', { message: 'a record needs a non-empty text or html' });

function recordFromJson(value: unknown, base: Omit<InputRecord, 'raw'>, raw: string): InputRecord | string {
  const parsed = jsonRecordSchema.safeParse(value);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');
  return { ...base, raw, ...parsed.data };
}

/**
 * Estimates how many records a file holds without parsing it (lines of a JSON Lines file, items of a
 * feed), for progress bars. Never throws.
 */
export function countRecords(path: string): number {
  try {
    const ext = extname(path).toLowerCase();
    if (ext === '.jsonl' || ext === '.ndjson') return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).length;
    if (ext === '.xml' || ext === '.rss' || ext === '.atom') {
      return Math.max(1, (readFileSync(path, 'utf8').match(/<(item|entry)[\s>]/g) ?? []).length);
    }
    if (ext === '.json') {
      const text = readFileSync(path, 'utf8').trimStart();
      return text.startsWith('[') ? Math.max(1, (JSON.parse(text) as unknown[]).length) : 1;
    }
  } catch {
    return 1;
  }
  return 1;
}

/**
 * Reads one input file into article records. Formats by extension: `.txt` (scraped text), `.html`/`.htm`,
 * `.json` (one record or an array of records), `.jsonl`/`.ndjson` (one record a line), `.xml`/`.rss`/`.atom`
 * (RSS 2.0 or Atom feeds). A bad record (invalid JSON line, missing text) is a failure with its line or
 * item number; the other records of the file are still returned.
 */
export function readInputFile(path: string): { records: InputRecord[]; failures: IngestFailure[] } {
  const ext = extname(path).toLowerCase();
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    return { records: [], failures: [{ source: path, reason: `cannot read: ${(error as Error).message}` }] };
  }
  if (content.charCodeAt(0) === 0xfeff) content = content.slice(1);
  const records: InputRecord[] = [];
  const failures: IngestFailure[] = [];
  switch (ext) {
    case '.txt':
      if (!content.trim()) failures.push({ source: path, reason: 'empty file' });
      else records.push({ sourcePath: path, sourceRecord: null, format: 'txt', raw: content, text: content });
      break;
    case '.html':
    case '.htm':
      if (!content.trim()) failures.push({ source: path, reason: 'empty file' });
      else records.push({ sourcePath: path, sourceRecord: null, format: 'html', raw: content, html: content });
      break;
    case '.json': {
      let value: unknown;
      try {
        value = JSON.parse(content);
      } catch (error) {
        failures.push({ source: path, reason: `invalid JSON: ${(error as Error).message}` });
        break;
      }
      const items = Array.isArray(value) ? value : [value];
      items.forEach((item, i) => {
        const rec = Array.isArray(value) ? `item ${i + 1}` : null;
        const r = recordFromJson(item, { sourcePath: path, sourceRecord: rec, format: 'json' }, Array.isArray(value) ? JSON.stringify(item) : content);
        if (typeof r === 'string') failures.push({ source: path, ...(rec ? { record: rec } : {}), reason: r });
        else records.push(r);
      });
      break;
    }
    case '.jsonl':
    case '.ndjson':
      content.split('\n').forEach((line, i) => {
        if (!line.trim()) return;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch (error) {
          failures.push({ source: path, line: i + 1, reason: `invalid JSON: ${(error as Error).message}` });
          return;
        }
        const r = recordFromJson(value, { sourcePath: path, sourceRecord: `line ${i + 1}`, format: 'jsonl' }, line);
        if (typeof r === 'string') failures.push({ source: path, line: i + 1, reason: r });
        else records.push(r);
      });
      break;
    case '.xml':
    case '.rss':
    case '.atom': {
      const feed = parseFeed(content, path);
      records.push(...feed.records);
      failures.push(...feed.failures);
      break;
    }
    default:
      failures.push({ source: path, reason: `unsupported file type ${ext || '(none)'}: use .txt, .html, .json, .jsonl or an RSS/Atom .xml` });
  }
  return { records, failures };
}
