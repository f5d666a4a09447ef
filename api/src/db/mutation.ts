import type { EntityManager, ObjectLiteral, EntityTarget } from 'typeorm';
import { conflict, notFound } from '../common/app-error';
import type { Caller } from '../graphql/caller';
import type { AuditInput } from '../modules/audit/audit.service';
import { retryOnConcurrentChange } from './concurrent-change';
import { retryOnLostConnection } from './connection-lost';

export interface Tx {
  manager: EntityManager;
  /** Writes the audit event inside this transaction. */
  audit(input: AuditInput): Promise<void>;
}

/**
 * One transaction per mutation: the change and its audit event commit together, and
 * any error rolls back everything, so a failed mutation writes nothing. A transaction that
 * lost to another one (a deadlock, or a check that another writer beat to its write) runs
 * again from the start (`concurrent-change.ts`).
 */
export async function runMutation<T>(
  caller: Pick<Caller, 'viewer' | 'requestId' | 'accountScope' | 'writes'>,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  // The caller's scope is read on its own pool connection: read it before the transaction
  // holds one (and maybe a row lock), so a busy pool can never deadlock on it.
  await caller.accountScope();
  let credentialsChanged = false;
  // A connection that died idle in the pool fails at BEGIN, before the work began.
  let began = false;
  const result = await retryOnConcurrentChange(() =>
    retryOnLostConnection(
      caller.writes.db,
      () => {
        began = false;
        return caller.writes.db.transaction((manager) => {
          began = true;
          return work({
            manager,
            audit: (input) => {
              credentialsChanged ||= CREDENTIAL_ENTITIES.has(input.entity);
              return caller.writes.audit.record(manager, caller.viewer, caller.requestId, input);
            },
          });
        });
      },
      () => !began,
    ),
  );
  // Other processes hear the trigger's NOTIFY; this one must not wait for it to arrive.
  if (credentialsChanged) caller.writes.forgetCredentials();
  return result;
}

const CREDENTIAL_ENTITIES = new Set(['User', 'ApiToken']);

export interface OneStatementWrite {
  /** For the reads before the write: the same connection, each read its own snapshot. */
  manager: EntityManager;
  /** The mutation's one write: its change and its audit event in a single statement. */
  write(sql: string, params: unknown[]): Promise<unknown>;
}

/**
 * A mutation whose whole change is one statement — the versioned update and its audit event
 * (and any history) as data-modifying WITHs, which Postgres applies all or nothing on their
 * own — runs without BEGIN and COMMIT: two round trips fewer than `runMutation`. The reads
 * before it take no lock; the version in the write's WHERE is the guard (a concurrent change
 * makes it match nothing: VERSION_CONFLICT, nothing written), as the lock was. A lost
 * connection retries the reads, never a write that may have committed.
 */
export async function runOneStatementWrite<T>(
  caller: Pick<Caller, 'accountScope' | 'writes'>,
  work: (step: OneStatementWrite) => Promise<T>,
): Promise<T> {
  // As in runMutation: the scope is read before this request holds a connection.
  await caller.accountScope();
  const db = caller.writes.db;
  let wrote = false;
  return retryOnLostConnection(
    db,
    async () => {
      wrote = false;
      const runner = db.createQueryRunner('master');
      try {
        return await work({
          manager: runner.manager,
          write: (sql, params) => {
            if (wrote) throw new Error('a one-statement mutation writes once');
            wrote = true;
            return runner.query(sql, params);
          },
        });
      } finally {
        await runner.release();
      }
    },
    () => !wrote,
  );
}

/**
 * Reads a row for update, locking it until the transaction ends: NOT_FOUND when missing,
 * CONFLICT when the caller's version is stale.
 */
export async function lockVersioned<T extends ObjectLiteral & { version: number }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  name: string,
  id: string,
  version: number,
): Promise<T> {
  const row = await manager
    .getRepository(entity)
    .createQueryBuilder('row')
    .setLock('pessimistic_write')
    .where('row.id = :id', { id })
    .getOne();
  if (!row) throw notFound(name, id);
  assertVersion(name, row, version);
  return row;
}

/** CONFLICT when the version the caller read is no longer the row's. */
export function assertVersion(name: string, row: { version: number }, version: number): void {
  if (row.version !== version) {
    throw conflict('VERSION_CONFLICT', {
      entity: name,
      currentVersion: row.version,
      sentVersion: version,
    });
  }
}

/**
 * Optimistic update guarded in SQL (`… WHERE id = $1 AND version = $2`): TypeORM's
 * version column alone would not stop a lost update. Returns the fresh row, read back by the
 * UPDATE itself (`RETURNING *`) and hydrated as TypeORM would hydrate a read.
 */
export async function updateVersioned<T extends ObjectLiteral & { version: number; id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  name: string,
  id: string,
  version: number,
  changes: Partial<T>,
): Promise<T> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1' } as never)
    .where('id = :id AND version = :version', { id, version })
    .returning('*')
    .execute();
  const row = (result.raw as Record<string, unknown>[] | undefined)?.[0];
  if (!row) {
    throw conflict('VERSION_CONFLICT', { entity: name });
  }
  return hydrateRow(manager, entity, row);
}

/** An entity from a row of raw SQL (columns by database name), as TypeORM hydrates a read. */
export function hydrateRow<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  row: Record<string, unknown>,
): T {
  const metadata = manager.connection.getMetadata(entity);
  const fresh = metadata.create() as T;
  for (const column of metadata.columns)
    column.setEntityValue(
      fresh,
      manager.connection.driver.prepareHydratedValue(row[column.databaseName], column),
    );
  return fresh;
}

/** Postgres unique_violation, with the constraint that fired. */
export function uniqueViolation(error: unknown): string | null {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } })
    .driverError;
  const pgError = driverError ?? (error as { code?: string; constraint?: string });
  return pgError?.code === '23505' ? (pgError.constraint ?? 'unique') : null;
}

/**
 * The rows of an `UPDATE … RETURNING` or `DELETE … RETURNING` run through
 * `manager.query`: TypeORM's Postgres driver answers those as [rows, affectedCount].
 */
export function returnedRows<T>(result: unknown): T[] {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0] as T[];
  }
  return result as T[];
}
