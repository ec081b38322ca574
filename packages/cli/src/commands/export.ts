import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { CSV_KINDS, exportCsv, exportPopolo, loadConfig } from '@shahrnet/core';
import type { CliCommand } from '../command.js';
import { parseOptions } from '../parse-options.js';
import { openMigratedDb } from './open-database.js';

const popoloSchema = z.object({ out: z.string().min(1).optional() });
const csvSchema = z.object({
  out: z.string().min(1).optional(),
  kind: z.enum(CSV_KINDS as [string, ...string[]], { error: `one of ${CSV_KINDS.join(', ')}` }),
});

/** Writes to the file given, or to standard output (so exports pipe into other tools). */
function emit(text: string, out: string | undefined): void {
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}

/**
 * `shahrnet export popolo [--out FILE]` (Popolo JSON of the whole registry, valid against the Popolo
 * schemas, with sources; `shahrnet import` reads it back) and `shahrnet export csv --kind K [--out FILE]`
 * (entities, memberships or statements as RFC 4180 CSV). Standard output by default.
 */
export const exportCommand: CliCommand = {
  register(program: Command): void {
    const exp = program.command('export').description('Export the registry as Popolo JSON or CSV');
    exp
      .command('popolo')
      .description('Popolo JSON of the registry (stdout unless --out)')
      .option('--out <file>', 'write to FILE instead of standard output')
      .action(async (raw: unknown) => {
        const options = parseOptions(popoloSchema, raw);
        const handle = await openMigratedDb(loadConfig());
        try {
          const doc = await exportPopolo(handle.db);
          emit(`${JSON.stringify(doc, null, 2)}\n`, options.out);
        } finally {
          await handle.close();
        }
      });
    exp
      .command('csv')
      .description(`CSV of the registry: --kind ${CSV_KINDS.join('|')} (stdout unless --out)`)
      .requiredOption('--kind <kind>', CSV_KINDS.join(', '))
      .option('--out <file>', 'write to FILE instead of standard output')
      .action(async (raw: unknown) => {
        const options = parseOptions(csvSchema, raw);
        const handle = await openMigratedDb(loadConfig());
        try {
          emit(await exportCsv(handle.db, options.kind as (typeof CSV_KINDS)[number]), options.out);
        } finally {
          await handle.close();
        }
      });
  },
};
