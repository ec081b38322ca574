import { Command, CommanderError } from 'commander';
import { isAppError } from '@shahrnet/core';
import type { CliCommand } from './command.js';
import { commands } from './commands/index.js';

/**
 * Runs the `shahrnet` CLI with `argv` (as in `process.argv`) and resolves to the exit code:
 * 0 on success, 2 for bad usage or invalid input, 1 for any other failure. Errors are printed as one
 * line on stderr (`shahrnet: error[code]: message`), followed by details with their locations.
 */
export async function main(argv: string[], list: readonly CliCommand[] = commands): Promise<number> {
  const program = new Command('shahrnet')
    .description('Shahrnet: the system of record for city diplomacy')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');
  for (const command of list) command.register(program);
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (isAppError(error)) {
      process.stderr.write(`shahrnet: error[${error.code}]: ${error.message}\n`);
      // A single detail already spelled out in the message is not repeated.
      const details = error.details.length === 1 && error.message.includes(error.details[0]?.message ?? '\u0000') && !error.details[0]?.line ? [] : error.details;
      for (const d of details.slice(0, 50)) {
        const where = [d.source, d.line].filter((x) => x !== undefined).join(':');
        const path = d.path?.length ? ` at ${d.path.join('.')}` : '';
        process.stderr.write(`  ${where}${path}: ${d.message}\n`);
      }
      if (details.length > 50) process.stderr.write(`  ... and ${details.length - 50} more\n`);
      return error.code === 'validation_failed' ? 2 : 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`shahrnet: error[internal]: ${message}\n`);
    return 1;
  }
}
