import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../migrations';
import { APP_ROLE } from '../migrations/1796174068012-RowLevelSecurity';
import { ENTITIES } from './entities';
import { PreparingClient } from './prepared-statements';
import { enforceRowSecurity } from './row-security';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  /** Called with every SQL statement; tests count statements with it. */
  onQuery?: (sql: string) => void;
  /** Postgres cancels a statement running longer (0: no limit). */
  statementTimeoutMs?: number;
  /**
   * `owner` runs as the connecting user: migrations, demo seeding and test fixtures. The
   * default runs every statement as the application role, under row-level security.
   */
  as?: 'app' | 'owner';
  /** Shown in pg_stat_activity, so an operator can tell the pools apart. */
  applicationName?: string;
}

/** Schema changes go through migrations only: `synchronize` stays off everywhere. */
export function createDataSource({
  url,
  poolSize = 10,
  onQuery,
  statementTimeoutMs = 0,
  as = 'app',
  applicationName = 'trident-api',
}: DataSourceOptions): DataSource {
  const db = new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migration',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into Postgres 13+; uuid-ossp would need an extension.
    uuidExtension: 'pgcrypto',
    // The application role may not create extensions; the owner's migrations did.
    installExtensions: as === 'owner',
    extra: {
      max: poolSize,
      Client: PreparingClient,
      // A request waiting this long for a connection fails (UNAVAILABLE) instead of hanging:
      // a pool starved by a bug, or by more load than it can serve, must show up.
      connectionTimeoutMillis: 10_000,
      application_name: applicationName,
      ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}),
      // A startup parameter, so no statement can run on the connection before the switch.
      ...(as === 'app' ? { options: `-c role=${APP_ROLE}` } : {}),
    },
    logging: onQuery ? ['query'] : false,
    logger: onQuery
      ? {
          logQuery: (sql: string) => onQuery(sql),
          logQueryError: () => undefined,
          logQuerySlow: () => undefined,
          logSchemaBuild: () => undefined,
          logMigration: () => undefined,
          log: () => undefined,
        }
      : undefined,
  });
  enforceRowSecurity(db);
  return db;
}
