import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { CSV_KINDS, exportCsv, exportICalendar, exportPopolo, exportQuickStatements, loadConfig, type Db } from '@shahrnet/core';
import type { CliCommand } from '../command.js';
import { parseOptions } from '../parse-options.js';
import { openMigratedDb } from './open-database.js';

const popoloSchema = z.object({ out: z.string().min(1).optional() });
const quickStatementsSchema = z.object({ out: z.string().min(1).optional() });
const icalSchema = z.object({
  out: z.string().min(1).optional(),
  lang: z.enum(['fa', 'en'], { error: 'fa or en' }).default('fa'),
  organization: z.string().min(1).optional(),
  baseUrl: z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).optional(),
});
const csvSchema = z.object({
  out: z.string().min(1).optional(),
  kind: z.enum(CSV_KINDS as [string, ...string[]], { error: `one of ${CSV_KINDS.join(', ')}` }),
});

/** Writes to the file given, or to standard output (so exports pipe into other tools). */
function emit(text: string, out: string | undefined): void {
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}

/** Runs one export on the configured, migrated database and closes it, whatever happens. */
async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const handle = await openMigratedDb(loadConfig());
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}

/**
 * `shahrnet export popolo [--out FILE]` (Popolo JSON of the whole registry, valid against the Popolo
 * schemas, with sources; `shahrnet import` reads it back) and `shahrnet export csv --kind K [--out FILE]`
 * (entities, memberships or statements as RFC 4180 CSV), `shahrnet export quickstatements [--out FILE]`
 * (the current facts between entities with Wikidata QIDs as a QuickStatements batch; what was left out,
 * by reason, goes to standard error) and `shahrnet export ical [--lang fa|en] [--organization ID]
 * [--base-url URL] [--out FILE]` (the events known to the day as an iCalendar file). Standard output by
 * default.
 */
export const exportCommand: CliCommand = {
  register(program: Command): void {
    const exp = program.command('export').description('Export the registry: Popolo JSON, CSV, QuickStatements, iCalendar');
    exp
      .command('popolo')
      .description('Popolo JSON of the registry (stdout unless --out)')
      .option('--out <file>', 'write to FILE instead of standard output')
      .action(async (raw: unknown) => {
        const options = parseOptions(popoloSchema, raw);
        const doc = await withDb(exportPopolo);
        emit(`${JSON.stringify(doc, null, 2)}\n`, options.out);
      });
    exp
      .command('csv')
      .description(`CSV of the registry: --kind ${CSV_KINDS.join('|')} (stdout unless --out)`)
      .requiredOption('--kind <kind>', CSV_KINDS.join(', '))
      .option('--out <file>', 'write to FILE instead of standard output')
      .action(async (raw: unknown) => {
        const options = parseOptions(csvSchema, raw);
        emit(await withDb((db) => exportCsv(db, options.kind as (typeof CSV_KINDS)[number])), options.out);
      });
    exp
      .command('quickstatements')
      .description('Wikidata QuickStatements of the current facts between entities with QIDs (stdout unless --out)')
      .option('--out <file>', 'write to FILE instead of standard output')
      .action(async (raw: unknown) => {
        const options = parseOptions(quickStatementsSchema, raw);
        const batch = await withDb(exportQuickStatements);
        emit(batch.text, options.out);
        const left = Object.entries(batch.skipped).filter(([, n]) => n > 0).map(([why, n]) => `${why} ${n}`);
        process.stderr.write(`${batch.statements} Wikidata statements${left.length > 0 ? `; left out: ${left.join(', ')}` : ''}\n`);
      });
    exp
      .command('ical')
      .description('iCalendar of the events known to the day (stdout unless --out)')
      .option('--lang <lang>', 'language of the titles and places: fa or en', 'fa')
      .option('--organization <id>', "only the events this organization organizes")
      .option('--base-url <url>', "the app's address, for a link to each event's page")
      .option('--out <file>', 'write to FILE instead of standard output')
      .action(async (raw: unknown) => {
        const options = parseOptions(icalSchema, raw);
        const text = await withDb((db) =>
          exportICalendar(db, {
            lang: options.lang,
            ...(options.organization ? { organizationId: options.organization } : {}),
            ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
          }),
        );
        emit(text, options.out);
      });
  },
};
