import type { CliCommand } from '../command.js';

/**
 * Every subcommand, in `--help` order. Add a command by writing `commands/<name>.ts` exporting a
 * `CliCommand` and listing it here.
 */
export const commands: readonly CliCommand[] = [];
