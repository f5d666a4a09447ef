import { AsyncLocalStorage } from 'node:async_hooks';
import type { PoolClient } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { AccountScope } from '../modules/accounts/account-scope';
import { retryOnLostConnection } from './connection-lost';

/**
 * Who the database should believe is asking, for the row-level security policies of
 * migration RowLevelSecurity: the whole server (`ALL`), the account teams of some users,
 * or nobody. Every request runs in one of these, and so does every background job.
 */
export type DbScope =
  | { kind: 'ALL'; userId: string | null }
  | { kind: 'TEAMS'; userId: string; userIds: string[] }
  | { kind: 'NONE'; userId: string | null };

export const SYSTEM_SCOPE: DbScope = { kind: 'ALL', userId: null };
export const NO_CALLER: DbScope = { kind: 'NONE', userId: null };

/** The scope of the caller's accounts, as the policies read it. */
export function dbScopeOf(userId: string, scope: AccountScope): DbScope {
  return scope.kind === 'ALL'
    ? { kind: 'ALL', userId }
    : { kind: 'TEAMS', userId, userIds: scope.userIds };
}

interface ScopeHolder {
  scope: DbScope;
}

const current = new AsyncLocalStorage<ScopeHolder>();

/**
 * Runs `work` with the database seeing `scope`. The holder is mutable so that a request can
 * enter it before it knows its caller and narrow it once it does.
 */
export function withDbScope<T>(scope: DbScope, work: () => T): T {
  return current.run({ scope }, work);
}

/** Narrows the scope of the request this runs in (no-op outside one). */
export function setRequestDbScope(scope: DbScope): void {
  const holder = current.getStore();
  if (holder) holder.scope = scope;
}

/** Outside any request or job the database sees nothing scoped: fail closed. */
function currentScope(): DbScope {
  return current.getStore()?.scope ?? NO_CALLER;
}

const SET_SCOPE = `SELECT set_config('trident.scope', $1, false),
                          set_config('trident.scope_users', $2, false),
                          set_config('trident.user_id', $3, false)`;

function scopeValues(scope: DbScope): [string, string, string] {
  return [
    scope.kind,
    scope.kind === 'TEAMS' ? `{${scope.userIds.join(',')}}` : '',
    scope.userId ?? '',
  ];
}

const SCOPE_KEY = Symbol('tridentDbScope');
type ScopedClient = PoolClient & { [SCOPE_KEY]?: string };

/**
 * Every connection taken from the pool first gets the scope of whoever takes it, unless it
 * already carries exactly that scope — so one busy user costs no extra round trip. The
 * settings are written outside any transaction (at checkout), so a rollback cannot undo
 * them, and they are always overwritten before use, so a scope never outlives its request.
 */
export function enforceRowSecurity(db: DataSource): void {
  const driver = db.driver as unknown as {
    obtainMasterConnection(): Promise<[ScopedClient, (error?: unknown) => void]>;
  };
  const obtain = driver.obtainMasterConnection.bind(driver);
  driver.obtainMasterConnection = () =>
    retryOnLostConnection(db, async () => {
      const [client, release] = await obtain();
      const values = scopeValues(currentScope());
      const key = values.join('|');
      if (client[SCOPE_KEY] === key) return [client, release];
      try {
        await client.query(SET_SCOPE, values);
      } catch (error) {
        release(error); // a broken connection must not go back to the pool
        throw error;
      }
      client[SCOPE_KEY] = key;
      return [client, release];
    });
}

/**
 * For the rare statement that must look past the caller's accounts by design (the name of
 * an account someone else already claimed, the team median a diagnosis compares against):
 * the rest of this transaction sees every account. Each use says why.
 */
export async function seeAllAccountsInTransaction(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT set_config('trident.scope', 'ALL', true)`);
}
