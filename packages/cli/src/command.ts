import type { Command } from 'commander';

/**
 * A CLI subcommand module. Each file in `commands/` exports one `CliCommand` that attaches itself to the
 * program; `main.ts` lists them. Actions throw `AppError` for expected failures; `main` turns any error
 * into a one-line message and a non-zero exit code, so commands never call `process.exit` themselves.
 */
export interface CliCommand {
  /** Adds the subcommand (with its options, `--help` text and action) to `program`. */
  register(program: Command): void;
}
