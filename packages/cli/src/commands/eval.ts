import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { Command } from 'commander';
import { AppError, extractArticle, formatScore, loadGazetteer, scoreArticles, type ScoredArticle } from '@shahrnet/core';
import type { CliCommand } from '../command.js';
import { listArticleFiles, readArticle } from './extract-input.js';

const optionsSchema = z.object({
  texts: z.string().trim().min(1),
  gold: z.string().trim().min(1),
  json: z.boolean().optional(),
  misses: z.boolean().optional(),
});

/**
 * `shahrnet eval --texts <dir> --gold <dir> [--json]`: extracts every article of `--texts` and scores
 * the facts against `--gold/<id>.json` with the corpus scoring rules (P/R/F1 per kind and overall).
 * A gold file without an article counts as an article with no predictions.
 */
export const evalCommand: CliCommand = {
  register(program: Command): void {
    program
      .command('eval')
      .description('Extract articles and score the facts against gold files (precision, recall, F1)')
      .requiredOption('--texts <dir>', 'folder of <id>.txt|.html articles')
      .requiredOption('--gold <dir>', 'folder of <id>.json gold files (corpus format)')
      .option('--json', 'print the report as one JSON object')
      .option('--misses', 'also list the gold facts that were not found')
      .action(async (raw: unknown) => {
        const parsed = optionsSchema.safeParse(raw);
        if (!parsed.success) throw new AppError('validation_failed', parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
        const o = parsed.data;
        const goldDir = resolve(o.gold);
        if (!(await stat(goldDir).catch(() => undefined))?.isDirectory()) {
          throw new AppError('validation_failed', `--gold: ${o.gold} is not a folder`, [{ source: '--gold', message: 'not a folder' }]);
        }
        const files = new Map((await listArticleFiles(o.texts, '--texts')).map((f) => [f.id, f]));
        const gz = await loadGazetteer();
        const articles: ScoredArticle[] = [];
        for (const name of (await readdir(goldDir)).filter((n) => n.endsWith('.json')).sort()) {
          const path = join(goldDir, name);
          let gold: { id?: string; facts?: unknown[] };
          try {
            gold = JSON.parse(await readFile(path, 'utf8')) as { id?: string; facts?: unknown[] };
          } catch (error) {
            throw new AppError('validation_failed', `${path}: not valid JSON`, [{ source: path, message: String(error) }]);
          }
          const id = name.slice(0, -5);
          const file = files.get(id);
          const pred = file ? extractArticle(await readArticle(file), gz).facts : [];
          articles.push({ id, gold: Array.isArray(gold.facts) ? gold.facts : [], pred });
        }
        const report = scoreArticles(articles);
        if (o.json) process.stdout.write(JSON.stringify({ byKind: report.byKind, overall: report.overall }) + '\n');
        else {
          process.stdout.write(formatScore(report) + '\n');
          if (o.misses) for (const m of report.misses) process.stdout.write(`miss ${m}\n`);
        }
      });
  },
};
