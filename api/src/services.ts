import type { DataSource } from 'typeorm';
import type { Config } from './config/config';
import { AccountService } from './modules/accounts/account.service';
import { AccountTeamService } from './modules/accounts/account-team.service';
import { ClaimAccountService } from './modules/accounts/claim-account.service';
import { ClaimAttemptService } from './modules/accounts/claim-attempt.service';
import { AuditService } from './modules/audit/audit.service';
import { ApiTokenService } from './modules/identity/api-token.service';
import { AuthService } from './modules/identity/auth.service';
import { JwtCodec } from './modules/identity/jwt';
import { UserService } from './modules/identity/user.service';
import { ContactService } from './modules/customer-org/contact.service';
import { CoverageService } from './modules/customer-org/coverage.service';
import { InfluenceService } from './modules/customer-org/influence.service';
import { OrgChartService } from './modules/customer-org/org-chart.service';
import { OrgUnitService } from './modules/customer-org/org-unit.service';
import { ProcessRunService } from './modules/processes/process-run.service';
import { ProcessTemplateService } from './modules/processes/process-template.service';

/** Stateless services, built once per server; per-request state travels in the context. */
export function createServices(
  db: DataSource,
  config: Pick<Config, 'JWT_SECRET' | 'JWT_TTL_SECONDS'>,
) {
  const processTemplates = new ProcessTemplateService(db);
  return {
    audit: new AuditService(db),
    auth: new AuthService(db, new JwtCodec(config.JWT_SECRET, config.JWT_TTL_SECONDS)),
    users: new UserService(db),
    apiTokens: new ApiTokenService(db),
    accounts: new AccountService(db),
    claims: new ClaimAccountService(db),
    claimAttempts: new ClaimAttemptService(db),
    accountTeams: new AccountTeamService(db),
    orgUnits: new OrgUnitService(db),
    contacts: new ContactService(db),
    influences: new InfluenceService(db),
    orgChart: new OrgChartService(db),
    coverage: new CoverageService(db),
    processTemplates,
    processRuns: new ProcessRunService(db, processTemplates),
  };
}

export type Services = ReturnType<typeof createServices>;
