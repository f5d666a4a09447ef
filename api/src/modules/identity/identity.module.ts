import { Foundation1795590955531 } from '../../migrations/1795590955531-Foundation';
import { LoginThrottle1795610865195 } from '../../migrations/1795610865195-LoginThrottle';
import { CredentialNotify1796174068011 } from '../../migrations/1796174068011-CredentialNotify';
import { SessionsEnd1796300000000 } from '../../migrations/1796300000000-SessionsEnd';
import { ApiTokenUsage1796600025000 } from '../../migrations/1796600025000-ApiTokenUsage';
import { EndedSessions1796800043000 } from '../../migrations/1796800043000-EndedSessions';
import { defineModule, type LoadersOf, type ServicesOf } from '../trident-module';
import { ApiToken } from './api-token.entity';
import { ApiTokenUsage } from './api-token-usage.entity';
import { ApiTokenResolver } from './api-token.resolver';
import { ApiTokenService } from './api-token.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { CredentialCache } from './credential-cache';
import { JwtCodec } from './jwt';
import { LoginThrottle } from './login-throttle.entity';
import { TokenRateLimit } from './token-rate-limit';
import { User } from './user.entity';
import { createUserLoader } from './user.loader';
import { UserResolver } from './user.resolver';
import { UserService } from './user.service';

/** Users, sign-in, sessions and BI tokens. */
export const identityModule = defineModule({
  name: 'identity',
  entities: [User, ApiToken, LoginThrottle, ApiTokenUsage],
  resolvers: [AuthResolver, UserResolver, ApiTokenResolver],
  migrations: [
    Foundation1795590955531,
    LoginThrottle1795610865195,
    CredentialNotify1796174068011,
    SessionsEnd1796300000000,
    ApiTokenUsage1796600025000,
    EndedSessions1796800043000,
  ],
  services: ({ db, config, log }) => ({
    auth: new AuthService(
      db,
      new JwtCodec(config.JWT_SECRET, config.JWT_TTL_SECONDS),
      new CredentialCache((db.options as { url?: string }).url ?? null, log),
      new TokenRateLimit(db, config.BI_TOKEN_REQUESTS_PER_MINUTE ?? 0),
    ),
    users: new UserService(db),
    apiTokens: new ApiTokenService(db),
  }),
  loaders: { userById: (db) => createUserLoader(db) },
});

declare module '../../graphql/registry' {
  interface ServiceRegistry extends ServicesOf<typeof identityModule> {}
  interface LoaderRegistry extends LoadersOf<typeof identityModule> {}
}
