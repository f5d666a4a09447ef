import { AccountNameCollisions1796300000001 } from '../../migrations/1796300000001-AccountNameCollisions';
import { MaySeeAccount1796800044000 } from '../../migrations/1796800044000-MaySeeAccount';
import { RegistrationNoKey1796800048000 } from '../../migrations/1796800048000-RegistrationNoKey';
import { NameCollation1796800052000 } from '../../migrations/1796800052000-NameCollation';
import { defineModule, type LoadersOf, type ServicesOf } from '../trident-module';
import { AccountMatrixResolver } from './account-matrix.resolver';
import { AccountMatrixService } from './account-matrix.service';
import { AccountNameCollision } from './account-name-collision.entity';
import { AccountNameCollisionResolver } from './account-name-collision.resolver';
import { AccountNameCollisionService } from './account-name-collision.service';
import { AccountTeamMember } from './account-team-member.entity';
import { AccountTeamService } from './account-team.service';
import { Account } from './account.entity';
import { createAccountLoaders } from './account.loader';
import { AccountResolver, AccountTeamResolver } from './account.resolver';
import { AccountService } from './account.service';
import { ClaimAccountService } from './claim-account.service';
import { ClaimAttempt } from './claim-attempt.entity';
import { ClaimAttemptResolver } from './claim-attempt.resolver';
import { ClaimAttemptService } from './claim-attempt.service';

/** Customers, their teams, claims and the matrix (seeds 001, 002). */
export const accountsModule = defineModule({
  name: 'accounts',
  entities: [Account, AccountTeamMember, ClaimAttempt, AccountNameCollision],
  resolvers: [
    AccountResolver,
    AccountTeamResolver,
    ClaimAttemptResolver,
    AccountNameCollisionResolver,
    AccountMatrixResolver,
  ],
  migrations: [
    AccountNameCollisions1796300000001,
    MaySeeAccount1796800044000,
    RegistrationNoKey1796800048000,
    NameCollation1796800052000,
  ],
  services: ({ db, analyticsDb }) => ({
    accounts: new AccountService(db),
    claims: new ClaimAccountService(db),
    claimAttempts: new ClaimAttemptService(db),
    accountNameCollisions: new AccountNameCollisionService(db),
    accountTeams: new AccountTeamService(db),
    accountMatrix: new AccountMatrixService(analyticsDb),
  }),
  loaders: {
    /** Only accounts in the caller's scope; others load as null. */
    accountById: (db, scope) => createAccountLoaders(db, scope).accountById,
    childrenByAccountId: (db, scope) => createAccountLoaders(db, scope).childrenByAccountId,
    teamByAccountId: (db, scope) => createAccountLoaders(db, scope).teamByAccountId,
  },
});

declare module '../../graphql/registry' {
  interface ServiceRegistry extends ServicesOf<typeof accountsModule> {}
  interface LoaderRegistry extends LoadersOf<typeof accountsModule> {}
}
