import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { Command } from 'commander';
import { AppError, extractArticle, loadGazetteer } from '@shahrnet/core';
import type { CliCommand } from '../command.js';
import { listArticleFiles, readArticle } from './extract-input.js';

const optionsSchema = z.object({
  out: z.string().trim().min(1, '--out <dir> is required'),
  minConfidence: z.coerce.number().min(0).max(1).optional(),
});

/**
 * `shahrnet extract <file|dir> --out <dir>`: extracts the facts of each `<name>.txt|.html` and writes
 * `<dir>/<name>.json` as `{ id, published, language, title, facts }` (the corpus fact format plus
 * evidence/confidence/linked ids). The gazetteer is the shipped data under `data/`.
 */
export const extractCommand: CliCommand = {
  register(program: Command): void {
    program
      .command('extract')
      .description('Extract facts from article files (.txt or .html) into <out>/<name>.json')
      .argument('<path>', 'an article file or a folder of them')
      .requiredOption('--out <dir>', 'folder to write <name>.json files into (created if missing)')
      .option('--min-confidence <x>', 'drop facts below this confidence (0..1)')
      .action(async (path: string, raw: unknown) => {
        const parsed = optionsSchema.safeParse(raw);
        if (!parsed.success) {
          const msg = parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ');
          throw new AppError('validation_failed', msg, parsed.error.issues.map((i) => ({ source: `--${i.path.join('.')}`, message: i.message })));
        }
        const files = await listArticleFiles(path, '<path>');
        const gz = await loadGazetteer();
        const out = resolve(parsed.data.out);
        await mkdir(out, { recursive: true });
        let facts = 0;
        for (const f of files) {
          const input = await readArticle(f);
          const result = extractArticle(input, gz, parsed.data.minConfidence !== undefined ? { minConfidence: parsed.data.minConfidence } : {});
          facts += result.facts.length;
          await writeFile(join(out, `${f.id}.json`), JSON.stringify(result, null, 1) + '\n');
        }
        process.stderr.write(`extracted ${facts} facts from ${files.length} articles into ${out}\n`);
      });
  },
};
