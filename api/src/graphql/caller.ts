import type { DataSource } from 'typeorm';
import type { AccountScope } from '../modules/accounts/account-scope';
import type { AuditService } from '../modules/audit/audit.service';
import type { EscalationRequests } from '../modules/escalations/escalation-requests';
import type { Viewer } from '../modules/identity/viewer';
import type { LoaderRegistry } from './registry';

/**
 * Who is calling, as a service needs to know it: the viewer, their account scope, the
 * request's loaders, and where a mutation writes. Services take this and nothing more — not
 * the request context, whose type is built from every service (importing it from a service
 * would tie every module to every other).
 */
export interface Caller {
  requestId: string;
  viewer: Viewer;
  /** Memoised per request: computed at most once, only when an account is touched. */
  accountScope(): Promise<AccountScope>;
  /**
   * The calendar day it is, YYYY-MM-DD, in the company's time zone (`BUSINESS_TIME_ZONE`):
   * the one "today" of due, ahead and overdue. Read once per request, so every list of one
   * answer agrees even across midnight.
   */
  today(): string;
  /**
   * The company's time zone (`BUSINESS_TIME_ZONE`): a period's days begin at its midnight
   * (`parsePeriod(period, ctx.timeZone)`), as "today" is its calendar day.
   */
  timeZone: string;
  loaders: LoaderRegistry;
  writes: WriteHost;
}

/**
 * Where a mutation writes: the primary's pool, the audit trail, the credential cache to forget,
 * and the job queue for work that follows a commit. Always the primary, also for a request
 * whose reads go to a replica (`DATABASE_READ_URL`).
 */
export interface WriteHost {
  db: DataSource;
  audit: Pick<AuditService, 'record'>;
  /** This process forgets cached credentials at once (others hear the trigger's NOTIFY). */
  forgetCredentials(): void;
  /** After the commit: asks the escalation worker to evaluate some rules (never throws). */
  escalations: Pick<EscalationRequests, 'request'>;
}
