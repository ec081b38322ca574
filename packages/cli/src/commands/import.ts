import { mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import {
  AppError,
  importPopolo,
  importShippedData,
  loadConfig,
  SHIPPED_FILES,
  type Actor,
  type ImportReport,
} from '@shahrnet/core';
import type { CliCommand } from '../command.js';
import { parseOptions } from '../parse-options.js';
import { createProgress } from '../progress.js';
import { openMigratedDb } from './open-database.js';

const argsSchema = z.object({
  file: z.string().min(1, 'give a file or folder to import'),
  reason: z.string().trim().min(1).default('shahrnet import'),
});

/** The actor recorded in the history for CLI imports. */
const CLI_IMPORT_ACTOR: Actor = Object.freeze({ kind: 'import', id: 'cli', name: 'shahrnet import' });

type Input = { kind: 'popolo'; path: string } | { kind: 'shipped'; dir: string; partial: boolean; cleanup?: () => void };

/**
 * What a path holds: a folder of shipped-data files, one shipped-data file (`cities.jsonl`...), or a
 * Popolo JSON document. A single shipped file is imported without the cross-file reference check
 * (its references may point at entities already stored).
 */
function classify(path: string): Input {
  let info;
  try {
    info = statSync(path);
  } catch {
    throw new AppError('validation_failed', `${path} does not exist`, [{ source: path, message: 'does not exist' }]);
  }
  if (info.isDirectory()) return { kind: 'shipped', dir: path, partial: false };
  const name = basename(path);
  if ((SHIPPED_FILES as readonly string[]).includes(name)) {
    const dir = mkdtempSync(join(tmpdir(), 'shahrnet-import-'));
    symlinkSync(resolve(path), join(dir, name));
    return { kind: 'shipped', dir, partial: true, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  }
  if (name.endsWith('.json')) return { kind: 'popolo', path };
  throw new AppError('validation_failed', `${path}: not a Popolo .json file, a shipped-data folder or one of ${SHIPPED_FILES.join(', ')}`, [
    { source: path, message: 'unknown file kind' },
  ]);
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new AppError('validation_failed', `${path}: not valid JSON (${message})`, [{ source: path, message }]);
  }
}

function describe(report: ImportReport): string {
  const part = (name: string, c: ImportReport['entities']) => `${name}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`;
  return `${part('entities', report.entities)}; ${part('statements', report.statements)}`;
}

/**
 * `shahrnet import <file|folder>`: loads Popolo JSON (Shahrnet's own export round-trips exactly) or
 * the shipped-data format (a folder like data/, or one of its files). Everything is validated first
 * and applied in one transaction: a bad row is reported with its file, line and reason, and nothing of
 * the import is written. Importing the same input twice changes nothing.
 */
export const importCommand: CliCommand = {
  register(program: Command): void {
    program
      .command('import')
      .description('Import Popolo JSON or shipped-data files (validated, all-or-nothing, idempotent)')
      .argument('<file>', 'a Popolo .json file, a shipped-data folder, or one shipped-data .jsonl file')
      .option('--reason <text>', 'reason recorded in the history', 'shahrnet import')
      .action(async (file: string, options: { reason?: string }) => {
        const args = parseOptions(argsSchema, { file, reason: options.reason });
        const input = classify(args.file);
        const handle = await openMigratedDb(loadConfig());
        const progress = createProgress('importing');
        try {
          const onProgress = (done: number, total: number) => progress.update(done, total);
          const report =
            input.kind === 'popolo'
              ? await importPopolo(handle.db, readJson(input.path), CLI_IMPORT_ACTOR, { reason: args.reason, onProgress })
              : await importShippedData(handle.db, input.dir, CLI_IMPORT_ACTOR, { reason: args.reason, onProgress, checkReferences: !input.partial });
          progress.stop();
          process.stdout.write(`Imported ${args.file}: ${describe(report)}\n`);
        } finally {
          progress.stop();
          if (input.kind === 'shipped') input.cleanup?.();
          await handle.close();
        }
      });
  },
};
