import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../migrations';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  /** Called with every SQL statement; tests count statements with it. */
  onQuery?: (sql: string) => void;
  /** Postgres cancels a statement running longer (0: no limit). */
  statementTimeoutMs?: number;
}

/** Schema changes go through migrations only: `synchronize` stays off everywhere. */
export function createDataSource({
  url,
  poolSize = 10,
  onQuery,
  statementTimeoutMs = 0,
}: DataSourceOptions): DataSource {
  return new DataSource({
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
    extra: {
      max: poolSize,
      application_name: 'trident-api',
      ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}),
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
}
