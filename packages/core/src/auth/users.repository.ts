import type { AuthDb } from './auth-db.js';
import type { NewUserRow, UserRow, UserRowUpdate } from './auth.table.js';
import { USER_ROLES, type UserRole, type User } from './user.js';

/** Maps a row to the domain type. Unknown roles (a hand-edited database) degrade to viewer. */
export function toUser(row: UserRow): User {
  const role = (USER_ROLES as readonly string[]).includes(row.role) ? (row.role as UserRole) : 'viewer';
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role,
    disabled: Number(row.disabled) === 1,
    createdAt: row.created_at,
  };
}

/** Repository of accounts. Plain functions over `db` (or a transaction). */
export const usersRepository = {
  /** Inserts a user row. The caller checks uniqueness first; the unique index is the last guard. */
  async insert(db: AuthDb, row: NewUserRow): Promise<void> {
    await db.insertInto('users').values(row).execute();
  },

  /** The row (with password hash) for a lower-cased username, or undefined. */
  async findByUsername(db: AuthDb, username: string): Promise<UserRow | undefined> {
    return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  },

  /** The row for an id, or undefined. */
  async findById(db: AuthDb, id: string): Promise<UserRow | undefined> {
    return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** Every user ordered by username. */
  async list(db: AuthDb): Promise<UserRow[]> {
    return db.selectFrom('users').selectAll().orderBy('username').execute();
  },

  /** Applies `changes` to the user `id`. */
  async update(db: AuthDb, id: string, changes: UserRowUpdate): Promise<void> {
    await db.updateTable('users').set(changes).where('id', '=', id).execute();
  },

  /** Number of users; `role` restricts to enabled users of that role. */
  async count(db: AuthDb, filter: { enabledRole?: UserRole } = {}): Promise<number> {
    let q = db.selectFrom('users').select((eb) => eb.fn.countAll<number | string | bigint>().as('n'));
    if (filter.enabledRole) q = q.where('role', '=', filter.enabledRole).where('disabled', '=', 0);
    const row = await q.executeTakeFirstOrThrow();
    return Number(row.n);
  },
};
