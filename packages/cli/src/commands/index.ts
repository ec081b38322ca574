import type { CliCommand } from '../command.js';
import { extractCommand } from './extract.js';
import { evalCommand } from './eval.js';
import { serveCommand } from './serve.js';
import { userCommand } from './user.js';
import { ingestCommand } from './ingest.js';
import { workerCommand } from './worker.js';
import { migrateCommand } from './migrate.js';
import { importCommand } from './import.js';
import { exportCommand } from './export.js';

/**
 * Every subcommand, in `--help` order. Add a command by writing `commands/<name>.ts` exporting a
 * `CliCommand` and listing it here.
 */
export const commands: readonly CliCommand[] = [
  serveCommand,
  migrateCommand,
  importCommand,
  exportCommand,
  userCommand,
  extractCommand,
  evalCommand,
  ingestCommand,
  workerCommand,
];
