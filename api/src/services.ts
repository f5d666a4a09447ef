import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from './config/config';
import { AccountService } from './modules/accounts/account.service';
import { AccountTeamService } from './modules/accounts/account-team.service';
import { ClaimAccountService } from './modules/accounts/claim-account.service';
import { ClaimAttemptService } from './modules/accounts/claim-attempt.service';
import { AccountNameCollisionService } from './modules/accounts/account-name-collision.service';
import { AuditService } from './modules/audit/audit.service';
import { ApiTokenService } from './modules/identity/api-token.service';
import { AuthService } from './modules/identity/auth.service';
import { CredentialCache } from './modules/identity/credential-cache';
import { TokenRateLimit } from './modules/identity/token-rate-limit';
import { JwtCodec } from './modules/identity/jwt';
import { UserService } from './modules/identity/user.service';
import { ContactService } from './modules/customer-org/contact.service';
import { CoverageService } from './modules/customer-org/coverage.service';
import { InfluenceService } from './modules/customer-org/influence.service';
import { OrgChartService } from './modules/customer-org/org-chart.service';
import { OrgUnitService } from './modules/customer-org/org-unit.service';
import { ProcessRunService } from './modules/processes/process-run.service';
import { ProcessChainService } from './modules/processes/chain.service';
import { ProcessTemplateService } from './modules/processes/process-template.service';
import { AccountMatrixService } from './modules/accounts/account-matrix.service';
import { ActivityService } from './modules/pipeline/activity.service';
import { FunnelStageService } from './modules/pipeline/funnel-stage.service';
import { FunnelService } from './modules/pipeline/funnel.service';
import { LeadService } from './modules/pipeline/lead.service';
import { OpportunityService } from './modules/pipeline/opportunity.service';
import { TimelineService } from './modules/pipeline/timeline.service';
import { AccountPlanService } from './modules/planning/account-plan.service';
import { PipelineCoverageService } from './modules/planning/pipeline-coverage.service';
import { SalesTargetService } from './modules/planning/sales-target.service';
import { EscalationEngine } from './modules/escalations/escalation-engine';
import { EscalationRuleService } from './modules/escalations/escalation-rule.service';
import { FeedbackService } from './modules/execution/feedback.service';
import { HandoverService } from './modules/execution/handover.service';
import { TaskService } from './modules/execution/task.service';
import { WorkPlanService } from './modules/execution/work-plan.service';
import { NotificationService } from './modules/notifications/notification.service';
import { ResourceService } from './modules/resources/resource.service';
import { CollectionAgingService } from './modules/collections/collection-aging.service';
import { ContractService } from './modules/collections/contract.service';
import { PaymentLedgerService } from './modules/collections/payment-ledger.service';
import { BattleMapService } from './modules/collections/battle-map.service';
import { RenewalService } from './modules/success/renewal.service';
import { RevenueService } from './modules/success/revenue.service';
import { DeliveryLogService } from './modules/delivery/delivery-log.service';
import { DeliveryPreferenceService } from './modules/delivery/delivery-preference.service';
import { DeliveryRobotService } from './modules/delivery/delivery-robot.service';
import { SecretBox } from './modules/delivery/secret-box';

/**
 * Stateless services, built once per server; per-request state travels in the context.
 * Aggregates read through `analyticsDb`.
 */
export function createServices(
  db: DataSource,
  config: Pick<Config, 'JWT_SECRET' | 'JWT_TTL_SECONDS'> &
    Partial<
      Pick<
        Config,
        | 'NODE_ENV'
        | 'BI_TOKEN_REQUESTS_PER_MINUTE'
        | 'DELIVERY_SECRET_KEY'
        | 'DELIVERY_MODE'
        | 'SMTP_URL'
        | 'SMTP_FROM'
        | 'PUBLIC_URL'
        | 'ROBOT_EXTRA_HOSTS'
      >
    >,
  log: Pick<Logger, 'warn'>,
  /** The pool aggregates run on (a small one of their own in a server; the same in tests). */
  analyticsDb: DataSource = db,
) {
  const processTemplates = new ProcessTemplateService(db);
  const opportunities = new OpportunityService(db);
  const escalationEngine = new EscalationEngine(db);
  const secrets = SecretBox.fromConfig({ ...config, NODE_ENV: config.NODE_ENV ?? 'development' });
  return {
    audit: new AuditService(db),
    auth: new AuthService(
      db,
      new JwtCodec(config.JWT_SECRET, config.JWT_TTL_SECONDS),
      new CredentialCache((db.options as { url?: string }).url ?? null, log),
      new TokenRateLimit(config.BI_TOKEN_REQUESTS_PER_MINUTE ?? 0),
    ),
    users: new UserService(db),
    apiTokens: new ApiTokenService(db),
    accounts: new AccountService(db),
    claims: new ClaimAccountService(db),
    claimAttempts: new ClaimAttemptService(db),
    accountNameCollisions: new AccountNameCollisionService(db),
    accountTeams: new AccountTeamService(db),
    orgUnits: new OrgUnitService(db),
    contacts: new ContactService(db),
    influences: new InfluenceService(db),
    orgChart: new OrgChartService(db),
    coverage: new CoverageService(db),
    processTemplates,
    processRuns: new ProcessRunService(db, processTemplates),
    processChains: new ProcessChainService(),
    accountMatrix: new AccountMatrixService(analyticsDb),
    funnelStages: new FunnelStageService(db),
    opportunities,
    leads: new LeadService(db, opportunities),
    activities: new ActivityService(db),
    timeline: new TimelineService(db),
    funnel: new FunnelService(analyticsDb),
    accountPlans: new AccountPlanService(db),
    salesTargets: new SalesTargetService(db),
    pipelineCoverage: new PipelineCoverageService(analyticsDb),
    tasks: new TaskService(db),
    workPlans: new WorkPlanService(db),
    feedback: new FeedbackService(db, escalationEngine),
    handovers: new HandoverService(db),
    notifications: new NotificationService(db),
    resources: new ResourceService(db),
    escalationRules: new EscalationRuleService(db),
    escalationEngine,
    contracts: new ContractService(db),
    collectionAging: new CollectionAgingService(analyticsDb),
    battleMap: new BattleMapService(analyticsDb),
    payments: new PaymentLedgerService(db),
    renewals: new RenewalService(db),
    revenue: new RevenueService(analyticsDb),
    deliveryRobots: new DeliveryRobotService(db, secrets, config.ROBOT_EXTRA_HOSTS ?? []),
    deliveryPreferences: new DeliveryPreferenceService(db),
    deliveryLog: new DeliveryLogService(db, config, secrets),
  };
}

export type Services = ReturnType<typeof createServices>;
