import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { AppError } from '../common/app-error';
import type { AccountScope } from '../modules/accounts/account-scope';
import type { Viewer } from '../modules/identity/viewer';
import type { Caller, WriteHost } from './caller';
import type { LoaderRegistry, ServiceRegistry } from './registry';

/** Everything a resolver gets for one request; nothing here outlives the request. */
export interface RequestContext {
  requestId: string;
  /** The client address as Express sees it (trust proxy decides), for rate limits. */
  ip: string | null;
  log: Logger;
  /** The pool reads use: the primary's, or the replica's for a BI token's query. */
  db: DataSource;
  /** Where this operation reads (set once the operation is known, before it runs). */
  readsFrom: 'PRIMARY' | 'REPLICA';
  services: ServiceRegistry;
  viewer: Viewer | null;
  /** Why a presented credential was refused; reported when an operation needs a viewer. */
  authError: AppError | null;
  /** Memoised: computed at most once per request, only when an account is touched. */
  accountScope(): Promise<AccountScope>;
  /** The calendar day in the company's time zone, read once per request (see Caller). */
  today(): string;
  /** The company's time zone (see Caller). */
  timeZone: string;
  loaders: LoaderRegistry;
  writes: WriteHost;
}

/** The context once the access middleware has let an authenticated call through. */
export type AuthedContext = RequestContext & { viewer: Viewer };

// A resolver hands its context to a service as the caller: the compiler keeps them in step.
const _fits = (ctx: AuthedContext): Caller => ctx;
void _fits;
