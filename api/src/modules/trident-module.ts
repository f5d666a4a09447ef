import type { Logger } from 'pino';
import type { DataSource, MigrationInterface } from 'typeorm';
import type { Config } from '../config/config';
import type { AccountScope } from './accounts/account-scope';

/** What a module's services are built from, once per server. */
export interface ModuleDeps {
  db: DataSource;
  /** The pool aggregates run on (a small one of their own in a server; the same in tests). */
  analyticsDb: DataSource;
  config: Pick<Config, 'JWT_SECRET' | 'JWT_TTL_SECONDS'> &
    Partial<
      Pick<
        Config,
        | 'NODE_ENV'
        | 'BI_TOKEN_REQUESTS_PER_MINUTE'
        | 'SURVEY_REQUESTS_PER_MINUTE'
        | 'DELIVERY_SECRET_KEY'
        | 'DELIVERY_MODE'
        | 'SMTP_URL'
        | 'SMTP_FROM'
        | 'PUBLIC_URL'
        | 'ROBOT_EXTRA_HOSTS'
        | 'FILE_STORAGE'
        | 'FILES_DIR'
        | 'MAX_UPLOAD_BYTES'
        | 'S3_ENDPOINT'
        | 'S3_BUCKET'
        | 'S3_REGION'
        | 'S3_ACCESS_KEY_ID'
        | 'S3_SECRET_ACCESS_KEY'
        | 'S3_FORCE_PATH_STYLE'
        | 'BUSINESS_TIME_ZONE'
      >
    >;
  log: Pick<Logger, 'warn'>;
}

/**
 * A loader of the request, made on first use from the caller's scope, its "today" and who
 * the caller is (for rows visible to a person beyond their scope, e.g. tasks asked of them).
 */
export type LoaderFactory<T> = (
  db: DataSource,
  scope: () => Promise<AccountScope>,
  today: () => string,
  viewerId: () => string,
  /** The company's time zone, where a period's days begin (`parsePeriod`). */
  timeZone: string,
) => T;

type Class = abstract new (...args: never[]) => unknown;

/**
 * One module's manifest (STYLE.md: a module registers itself): its entities, resolvers,
 * services, loaders and the migrations it owns. The app loops over the list of modules
 * (`src/modules.ts`); adding a module touches its own folder and that list.
 */
export interface TridentModule<S extends object, L extends object> {
  name: string;
  entities: Class[];
  resolvers: Class[];
  migrations: (new () => MigrationInterface)[];
  services?: (deps: ModuleDeps) => S;
  loaders?: { [K in keyof L]: LoaderFactory<L[K]> };
}

/** Keeps a manifest's service and loader types for the registries it declares. */
export const defineModule = <S extends object = object, L extends object = object>(
  module: TridentModule<S, L>,
) => module;

export type ServicesOf<M> = M extends TridentModule<infer S, object> ? S : never;
export type LoadersOf<M> = M extends TridentModule<object, infer L> ? L : never;
