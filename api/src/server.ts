import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { compiledExecution } from './graphql/compiled/compiled-execution';
import { boundsErrorsFirst, literalBounds } from './graphql/literal-bounds';
import { storableLiterals } from './graphql/storable-literals';
import express from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { loggedUrl } from './http/logged-url';
import zlib from 'node:zlib';
import compression from 'compression';
import type { DataSource } from 'typeorm';
import { AppError } from './common/app-error';
import { dbScopeOf, NO_CALLER, setRequestDbScope, withDbScope } from './db/row-security';
import type { Config } from './config/config';
import type { Caller, WriteHost } from './graphql/caller';
import type { RequestContext } from './graphql/context';
import { analyticsCostLimit } from './graphql/analytics-cost';
import { databaseUnavailable, retryOnLostConnection } from './db/connection-lost';
import { createFormatError } from './graphql/format-error';
import { createDataSource } from './db/data-source';
import { createLoaders } from './graphql/loaders';
import { queryLimits } from './graphql/query-limits';
import { readSafelist, safelistPlugin } from './graphql/safelist';
import { buildTridentSchema } from './graphql/schema';
import { consoleRoutes, findConsoleDir } from './http/console-static';
import { eventRoutes } from './http/events';
import { fileRoutes } from './http/files';
import { healthRoutes } from './http/health';
import { answerNotFound, answerUnexpected, bodyRefusal } from './http/body-refusals';
import { surveyRoutes } from './http/surveys';
import { responseSizeLimit } from './http/response-size-limit';
import { refuseUnstorableText } from './http/storable-text';
import { corsAllowList, securityHeaders } from './http/security-headers';
import { NotificationHub } from './modules/notifications/notification-hub';
import {
  escalationQueueProducer,
  type EscalationRequests,
} from './modules/escalations/escalation-requests';
import { resolveAccountScope, type AccountScope } from './modules/accounts/account-scope';
import type { Viewer } from './modules/identity/viewer';
import { createServices } from './services';
import { businessCalendar } from './common/business-day';

export interface ServerOptions {
  config: Pick<Config, 'NODE_ENV' | 'JWT_SECRET' | 'JWT_TTL_SECONDS' | 'CONSOLE_DIR'> &
    Partial<
      Pick<
        Config,
        | 'GRAPHQL_SAFELIST'
        | 'GRAPHQL_EXECUTOR'
        | 'BI_TOKEN_REQUESTS_PER_MINUTE'
        | 'SURVEY_REQUESTS_PER_MINUTE'
        | 'CORS_ORIGINS'
        | 'TRUST_PROXY'
        | 'ANALYTICS_POOL_SIZE'
        | 'ANALYTICS_STATEMENT_TIMEOUT_MS'
        | 'RESPONSE_MAX_BYTES'
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
        | 'DATABASE_READ_URL'
        | 'DATABASE_READ_POOL_SIZE'
        | 'STATEMENT_TIMEOUT_MS'
      >
    >;
  db: DataSource;
  /** The pool for aggregates; by default the server opens a small one of its own. */
  analyticsDb?: DataSource;
  log: Logger;
  /**
   * Where mutations send escalation jobs; by default a producer on the job queue in `db`'s
   * database, started on first use.
   */
  escalationRequests?: EscalationRequests;
  /** Serve the built console at `/` (default: when it has been built). */
  serveConsole?: boolean;
}

export interface TridentServer {
  app: express.Express;
  httpServer: http.Server;
  listen(port: number, host?: string): Promise<number>;
  /** Stops accepting, lets in-flight requests finish, then resolves. */
  stop(): Promise<void>;
}

/** Builds the HTTP server without listening, so tests can drive it with supertest. */
export async function createServer({
  config,
  db,
  analyticsDb,
  log,
  escalationRequests,
  serveConsole = true,
}: ServerOptions): Promise<TridentServer> {
  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers are POSTs, which no cache revalidates: Express would hash each one (a
  // 1,000-row BI page is ~300 KB of SHA-1) for an ETag nobody sends back. Attachments and
  // the console's files set their own.
  app.set('etag', false);
  app.set('trust proxy', config.TRUST_PROXY ?? false);
  const httpServer = http.createServer(app);
  // Reports get connections of their own: four heavy callers cannot take the pool that
  // sign-ins, lists and writes need.
  const ownAnalytics = analyticsDb
    ? null
    : createDataSource({
        url: (db.options as { url: string }).url,
        poolSize: config.ANALYTICS_POOL_SIZE ?? 3,
        statementTimeoutMs: config.ANALYTICS_STATEMENT_TIMEOUT_MS ?? 15_000,
        applicationName: 'trident-analytics',
      });
  await ownAnalytics?.initialize();
  const services = createServices(db, config, log, analyticsDb ?? ownAnalytics ?? db);
  await services.auth.credentials.start();
  const replica = config.DATABASE_READ_URL
    ? await openReplica(config.DATABASE_READ_URL, config, log)
    : null;
  const escalations =
    escalationRequests ?? escalationQueueProducer((db.options as { url: string }).url, log);
  const writes: WriteHost = {
    db,
    audit: services.audit,
    forgetCredentials: () => services.auth.credentials.clear(),
    escalations,
  };
  const calendar = businessCalendar(config.BUSINESS_TIME_ZONE);
  const production = config.NODE_ENV === 'production';
  const authenticateHeader = async (header: string | undefined): Promise<Viewer> => {
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!match?.[1])
      throw new AppError('UNAUTHENTICATED', 'Authorization must be "Bearer <token>"');
    return services.auth.authenticate(match[1]);
  };

  const limits = queryLimits(production);
  const schema = await buildTridentSchema();
  const apollo = new ApolloServer<RequestContext>({
    schema,
    validationRules: [literalBounds(schema), storableLiterals, ...limits.validationRules],
    formatError: createFormatError(log),
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // main.ts owns shutdown (drain, close the pool, stop Postgres); Apollo's own handler
    // would re-raise the signal and kill the process halfway through.
    stopOnTerminationSignals: false,
    // Automatic persisted queries are on (Apollo's default, an in-memory LRU per process).
    plugins: [
      ...(config.GRAPHQL_SAFELIST ? [safelistPlugin(readSafelist(config.GRAPHQL_SAFELIST))] : []),
      ...limits.plugins,
      boundsErrorsFirst(),
      ...(replica ? [replicaReads(replica, createLoaders)] : []),
      analyticsCostLimit(),
      ...(config.GRAPHQL_EXECUTOR === 'graphql-js' ? [] : [compiledExecution()]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Nothing uses cache hints, and its per-field hook made Apollo wrap every resolver.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id =
          typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
      // Every request line is logged at info; below that level (production's usual warn) the
      // line is not built at all, instead of built and dropped on each request.
      customLogLevel: () => (log.isLevelEnabled('info') ? 'info' : 'silent'),
      // One short line per request: headers (≈1.5 KB each) only ever helped an attacker.
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: loggedUrl(req.url),
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customSuccessMessage: (req, res, ms) => {
        const operation = (req as { body?: { operationName?: unknown } }).body?.operationName;
        const url = loggedUrl((req as { originalUrl?: string }).originalUrl ?? req.url ?? '');
        return `${req.method} ${url}${typeof operation === 'string' ? ` ${operation}` : ''} ${res.statusCode} ${Math.round(ms)} ms`;
      },
    }),
  );
  app.use(securityHeaders());
  // gzip or brotli when asked for; live event streams are written as they happen. Fast
  // settings in large steps: a 284 KB BI page took 4.2 ms of CPU to brotli at quality 4 in
  // zlib's default 16 KB steps, and takes 1.0 ms at quality 1 in 64 KB steps, for 23.4 % of
  // its size instead of 22.5 % (gzip: 4.2 → 2.3 ms; docs/benchmarks.md, item 20).
  const step = 64 * 1024;
  app.use(
    compression({
      level: 1,
      chunkSize: step,
      brotli: { chunkSize: step, params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } },
      filter: (req, res) =>
        !String(res.getHeader('Content-Type') ?? '').startsWith('text/event-stream') &&
        compression.filter(req, res),
    }),
  );
  const crossOrigin = corsAllowList(config.CORS_ORIGINS ?? []);
  if (crossOrigin) app.use(crossOrigin);
  app.use(healthRoutes(db));
  // The public survey page's reads and answers: no sign-in, rate limited per address.
  app.use(
    surveyRoutes({
      invitations: services.surveyInvitations,
      rateLimit: services.surveyRateLimit,
      writes,
    }),
  );
  let stopping = false;
  const hub = new NotificationHub((db.options as { url: string }).url, log);
  const streams = new Set<express.Response>();
  app.use(
    eventRoutes(
      hub,
      authenticateHeader,
      (listener) => services.auth.credentials.onChange(listener),
      log,
      streams,
    ),
  );
  app.use(
    fileRoutes({
      attachments: services.attachments,
      callerOf: async (req) => {
        const viewer = await authenticateHeader(req.headers.authorization);
        const today = calendar.todayOnce();
        const scope = services.auth.scopeOf(viewer, () => resolveAccountScope(db, viewer));
        setRequestDbScope(dbScopeOf(viewer.userId, await scope));
        const caller: Caller = {
          requestId: String(req.id),
          viewer,
          accountScope: () => scope,
          today,
          timeZone: calendar.timeZone,
          loaders: createLoaders(
            db,
            () => scope,
            today,
            () => viewer.userId,
            calendar.timeZone,
          ),
          writes,
        };
        return caller;
      },
      stopping: () => stopping,
    }),
  );
  app.use(
    '/graphql',
    // Once shutdown has begun, a request that was not yet running does not start: its
    // caller hears so before anything is done, instead of a reset mid-way.
    (_req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (!stopping) return next();
      res.set('connection', 'close');
      res.status(503).json({
        errors: [
          {
            message: 'The server is shutting down: nothing was done, retry shortly',
            extensions: { code: 'UNAVAILABLE' },
          },
        ],
      });
    },
    // Until the caller is known the database sees no scoped row; the context narrows it.
    (_req: express.Request, _res: express.Response, next: express.NextFunction) =>
      withDbScope(NO_CALLER, next),
    express.json({ limit: '1mb' }),
    refuseUnreadableBody,
    refuseUnstorableText,
    responseSizeLimit(config.RESPONSE_MAX_BYTES ?? 10_000_000),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        let viewer: Viewer | null = null;
        let authError: AppError | null = null;
        let scope: Promise<AccountScope> | undefined;
        try {
          // Reading the caller may meet a connection that died idle in the pool: these are
          // reads, so another connection may answer.
          await retryOnLostConnection(db, async () => {
            viewer = null;
            authError = null;
            scope = undefined;
            if (req.headers.authorization) {
              try {
                viewer = await authenticateHeader(req.headers.authorization);
              } catch (error) {
                if (!(error instanceof AppError)) throw error;
                authError = error;
              }
            }
            if (viewer) {
              const known = viewer;
              scope = services.auth.scopeOf(known, () => resolveAccountScope(db, known));
              setRequestDbScope(dbScopeOf(known.userId, await scope));
            }
          });
        } catch (error) {
          // Who is calling could not be read: with the database away, say so with a 503
          // (load balancers and clients retry those), not as a failure of ours.
          if (!databaseUnavailable(error)) throw error;
          throw new GraphQLError('The database is unavailable: nothing was done, retry shortly', {
            originalError: error as Error,
            extensions: { code: 'UNAVAILABLE', http: { status: 503 } },
          });
        }
        const today = calendar.todayOnce();
        const ctx: RequestContext = {
          requestId: String(req.id),
          ip: req.ip ?? null,
          log: req.log,
          db,
          readsFrom: 'PRIMARY',
          services,
          viewer,
          authError,
          accountScope: () => {
            if (!ctx.viewer)
              throw authError ?? new AppError('UNAUTHENTICATED', 'Authentication required');
            const viewer = ctx.viewer;
            return (scope ??= services.auth.scopeOf(viewer, () => resolveAccountScope(db, viewer)));
          },
          today,
          timeZone: calendar.timeZone,
          loaders: createLoaders(
            db,
            () => ctx.accountScope(),
            today,
            () => {
              if (!ctx.viewer)
                throw authError ?? new AppError('UNAUTHENTICATED', 'Authentication required');
              return ctx.viewer.userId;
            },
            calendar.timeZone,
          ),
          writes,
        };
        return ctx;
      },
    }),
  );

  const consoleDir = serveConsole ? findConsoleDir(config.CONSOLE_DIR) : null;
  if (consoleDir) app.use(consoleRoutes(consoleDir));
  else if (serveConsole) log.warn('console not built: only the API is served (run pnpm build)');
  app.use(answerNotFound);
  app.use(answerUnexpected);

  return {
    app,
    httpServer,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    stop: async () => {
      stopping = true;
      // Live streams never finish by themselves: end them so the drain can complete.
      for (const res of streams) res.end();
      await hub.stop();
      await apollo.stop();
      await services.auth.credentials.stop();
      if (!escalationRequests) await escalations.stop();
      await ownAnalytics?.destroy();
      await replica?.db.destroy();
    },
  };
}

/** The replica's pool and the services reading through it (`DATABASE_READ_URL`). */
interface ReplicaReads {
  db: DataSource;
  services: RequestContext['services'];
}

/**
 * One pool on the replica, for the lists and the aggregates of BI tokens alike: on the replica
 * they take nothing from sign-ins and writes. Built like the primary's (`createDataSource`):
 * the application role as a startup parameter and the caller's scope written on each
 * connection taken, so row-level security holds there exactly as on the primary. Its services
 * are only ever asked to read: writes go through `ctx.writes` (the primary), and sign-in,
 * token bookkeeping and rate limits run before the operation is routed.
 */
async function openReplica(
  url: string,
  config: ServerOptions['config'],
  log: Logger,
): Promise<ReplicaReads> {
  const db = createDataSource({
    url,
    poolSize: config.DATABASE_READ_POOL_SIZE ?? 5,
    statementTimeoutMs: config.STATEMENT_TIMEOUT_MS ?? 30_000,
    applicationName: 'trident-bi-replica',
  });
  await db.initialize();
  log.info('BI queries read from the replica (DATABASE_READ_URL)');
  return { db, services: createServices(db, config, log, db) };
}

/**
 * Sends the queries of BI tokens to the replica: once the operation is known (and before it
 * runs), a query of a token gets the replica's pool, services and loaders. Mutations, and
 * every operation of a signed-in user, stay on the primary; so does `ctx.writes`.
 */
function replicaReads(
  replica: ReplicaReads,
  loadersOf: typeof createLoaders,
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue: ctx, operation }) {
          if (operation?.operation !== 'query' || ctx.viewer?.kind !== 'TOKEN') return;
          ctx.db = replica.db;
          ctx.services = replica.services;
          ctx.loaders = loadersOf(
            replica.db,
            () => ctx.accountScope(),
            ctx.today,
            () => ctx.viewer?.userId ?? '',
            ctx.timeZone,
          );
          ctx.readsFrom = 'REPLICA';
        },
      };
    },
  };
}

/**
 * A body over the limit, not JSON or otherwise unreadable gets a GraphQL-shaped answer with a
 * code, like every other refusal, instead of Express's HTML error page.
 */
const refuseUnreadableBody: express.ErrorRequestHandler = (error, _req, res, next) => {
  const refusal = bodyRefusal(error, '1 MB');
  if (!refusal) return next(error);
  res.status(refusal.status).json({
    errors: [
      {
        message: refusal.message,
        extensions: { code: 'BAD_USER_INPUT', reason: refusal.reason },
      },
    ],
  });
};
