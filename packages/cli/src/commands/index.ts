import type { CliCommand } from '../command.js';
import { serveCommand } from './serve.js';
import { userCommand } from './user.js';

/**
 * Every subcommand, in `--help` order. Add a command by writing `commands/<name>.ts` exporting a
 * `CliCommand` and listing it here.
 */
export const commands: readonly CliCommand[] = [
  serveCommand,
  userCommand,
];
