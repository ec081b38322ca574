import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { AppError } from '@shahrnet/core';

/** One article file to extract: its id (file name without extension), path and format. */
export interface ArticleFile {
  id: string;
  path: string;
  format: 'text' | 'html';
}

const EXTENSIONS: Record<string, ArticleFile['format']> = { '.txt': 'text', '.html': 'html', '.htm': 'html' };

/**
 * The article files of a path: the file itself, or every `.txt`/`.html` file of a folder (sorted, not
 * recursive). A missing path is a one-line `validation_failed` naming the option.
 */
export async function listArticleFiles(path: string, option: string): Promise<ArticleFile[]> {
  const full = resolve(path);
  const info = await stat(full).catch(() => undefined);
  if (!info) throw new AppError('validation_failed', `${option}: ${path} does not exist`, [{ source: option, message: `${path} does not exist` }]);
  const one = (p: string): ArticleFile | null => {
    const format = EXTENSIONS[extname(p).toLowerCase()];
    return format ? { id: basename(p, extname(p)), path: p, format } : null;
  };
  if (info.isFile()) {
    const f = one(full);
    if (!f) throw new AppError('validation_failed', `${option}: ${path} is not a .txt or .html file`, [{ source: option, message: 'not a .txt or .html file' }]);
    return [f];
  }
  const names = (await readdir(full)).sort();
  return names.map((n) => one(join(full, n))).filter((f): f is ArticleFile => f !== null);
}

/** Reads an article file as extraction input. */
export async function readArticle(file: ArticleFile): Promise<{ id: string; text?: string; html?: string }> {
  const content = await readFile(file.path, 'utf8');
  return file.format === 'html' ? { id: file.id, html: content } : { id: file.id, text: content };
}
