import { platformModule } from './db/platform.module';
import { accountsModule } from './modules/accounts/accounts.module';
import { calendarModule } from './modules/calendar/calendar.module';
import { attachmentsModule } from './modules/attachments/attachments.module';
import { auditModule } from './modules/audit/audit.module';
import { collectionsModule } from './modules/collections/collections.module';
import { customerOrgModule } from './modules/customer-org/customer-org.module';
import { deliveryModule } from './modules/delivery/delivery.module';
import { escalationsModule } from './modules/escalations/escalations.module';
import { executionModule } from './modules/execution/execution.module';
import { identityModule } from './modules/identity/identity.module';
import { notificationsModule } from './modules/notifications/notifications.module';
import { pipelineModule } from './modules/pipeline/pipeline.module';
import { planningModule } from './modules/planning/planning.module';
import { processesModule } from './modules/processes/processes.module';
import { resourcesModule } from './modules/resources/resources.module';
import { searchModule } from './modules/search/search.module';
import { successModule } from './modules/success/success.module';
import { growthModule } from './modules/growth/growth.module';
import { surveysModule } from './modules/surveys/surveys.module';
import { risksModule } from './modules/risks/risks.module';
import { timelineModule } from './modules/timeline/timeline.module';

/**
 * Every module of the API, in the order their services are built. Each manifest brings its
 * entities, resolvers, services, loaders and migrations; the registries of the app (entities,
 * schema, services, loaders, migrations) are loops over this list.
 */
export const MODULES = [
  platformModule,
  identityModule,
  auditModule,
  accountsModule,
  customerOrgModule,
  processesModule,
  pipelineModule,
  planningModule,
  executionModule,
  notificationsModule,
  resourcesModule,
  escalationsModule,
  collectionsModule,
  successModule,
  growthModule,
  risksModule,
  timelineModule,
  surveysModule,
  searchModule,
  calendarModule,
  deliveryModule,
  attachmentsModule,
] as const;
