import { z } from 'zod';
import type { Command } from 'commander';
import {
  AppError,
  createUser,
  disableUser,
  listUsers,
  loadConfig,
  userRoleSchema,
  usernameSchema,
} from '@shahrnet/core';
import type { CliCommand } from '../command.js';
import { openMigratedDb } from './open-database.js';
import { readPassword } from './read-password.js';

const addOptionsSchema = z
  .object({
    admin: z.boolean().optional(),
    role: userRoleSchema.optional(),
    displayName: z.string().trim().min(1).max(200).optional(),
    passwordStdin: z.boolean().optional(),
  })
  .refine((o) => !(o.admin && o.role && o.role !== 'admin'), { message: '--admin and --role disagree', path: ['role'] });

function parse<S extends z.ZodType>(schema: S, value: unknown, source: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details = result.error.issues.map((i) => ({ source, path: i.path.map(String), message: i.message }));
  throw new AppError('validation_failed', details.map((d) => `${[source, ...d.path].join(' ')}: ${d.message}`).join('; '), details);
}

/**
 * `shahrnet user add|list|disable`: account administration from the shell. `add` is how the first admin
 * is created (there is no default password): `shahrnet user add --admin <username>` asks for the
 * password, or reads it from standard input with `--password-stdin`.
 */
export const userCommand: CliCommand = {
  register(program: Command): void {
    const user = program.command('user').description('Manage user accounts (add, list, disable)');

    user
      .command('add')
      .description('Create an account; asks for the password (or reads it with --password-stdin)')
      .argument('<username>', '2–64 of a-z, 0-9, ".", "_", "-"')
      .option('--admin', 'give the admin role (same as --role admin)')
      .option('--role <role>', 'viewer, editor, reviewer or admin (default viewer)')
      .option('--display-name <name>', 'name shown in the app and history (default: the username)')
      .option('--password-stdin', 'read the password from standard input instead of prompting')
      .action(async (username: string, raw: unknown) => {
        const name = parse(usernameSchema, username, '<username>');
        const options = parse(addOptionsSchema, raw, 'option');
        const role = options.admin ? 'admin' : (options.role ?? 'viewer');
        const password = await readPassword({ fromStdin: options.passwordStdin === true });
        const handle = await openMigratedDb(loadConfig());
        try {
          const created = await createUser(handle.db, { username: name, password, role, displayName: options.displayName });
          process.stdout.write(`created ${created.role} ${created.username}\n`);
        } finally {
          await handle.close();
        }
      });

    user
      .command('list')
      .description('List accounts: username, role, status, display name')
      .action(async () => {
        const handle = await openMigratedDb(loadConfig());
        try {
          const users = await listUsers(handle.db);
          if (users.length === 0) process.stdout.write('no users yet; create one with: shahrnet user add --admin <username>\n');
          for (const u of users) {
            process.stdout.write(`${u.username}\t${u.role}\t${u.disabled ? 'disabled' : 'active'}\t${u.displayName}\n`);
          }
        } finally {
          await handle.close();
        }
      });

    user
      .command('disable')
      .description('Disable an account: it can no longer sign in; its sessions and API tokens stop working')
      .argument('<username>')
      .action(async (username: string) => {
        const name = parse(usernameSchema, username, '<username>');
        const handle = await openMigratedDb(loadConfig());
        try {
          const disabled = await disableUser(handle.db, name);
          process.stdout.write(`disabled ${disabled.username}\n`);
        } finally {
          await handle.close();
        }
      });
  },
};
