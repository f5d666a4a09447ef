import { CustomersChain1796300000002 } from '../../migrations/1796300000002-CustomersChain';
import { RunNotesWithoutAmounts1796800042000 } from '../../migrations/1796800042000-RunNotesWithoutAmounts';
import { DemoRunNotesWithoutAmounts1796800045000 } from '../../migrations/1796800045000-DemoRunNotesWithoutAmounts';
import { RunCurrency1796800047000 } from '../../migrations/1796800047000-RunCurrency';
import { defineModule, type LoadersOf, type ServicesOf } from '../trident-module';
import { ApprovalStep } from './approval-step.entity';
import { ProcessChainService } from './chain.service';
import {
  ProcessRun,
  ProcessRunPlan,
  ProcessRunStep,
  ProcessRunStepChange,
} from './process-run.entity';
import { ProcessRunService } from './process-run.service';
import { ProcessTemplate } from './process-template.entity';
import { ProcessTemplateService } from './process-template.service';
import { createProcessLoaders } from './processes.loader';
import {
  ApprovalStepResolver,
  PlannedStepResolver,
  ProcessRunResolver,
  ProcessRunStepResolver,
  ProcessTemplateResolver,
} from './processes.resolver';

/** The customer's own processes and the deals in them (seeds 000, 002). */
export const processesModule = defineModule({
  name: 'processes',
  entities: [
    ProcessTemplate,
    ApprovalStep,
    ProcessRun,
    ProcessRunStep,
    ProcessRunStepChange,
    ProcessRunPlan,
  ],
  resolvers: [
    ProcessTemplateResolver,
    ApprovalStepResolver,
    PlannedStepResolver,
    ProcessRunResolver,
    ProcessRunStepResolver,
  ],
  migrations: [
    CustomersChain1796300000002,
    RunNotesWithoutAmounts1796800042000,
    DemoRunNotesWithoutAmounts1796800045000,
    RunCurrency1796800047000,
  ],
  services: ({ db }) => {
    const processTemplates = new ProcessTemplateService(db);
    return {
      processTemplates,
      processRuns: new ProcessRunService(db, processTemplates),
      processChains: new ProcessChainService(),
    };
  },
  loaders: { processes: (db, scope) => createProcessLoaders(db, scope) },
});

declare module '../../graphql/registry' {
  interface ServiceRegistry extends ServicesOf<typeof processesModule> {}
  interface LoaderRegistry extends LoadersOf<typeof processesModule> {}
}
