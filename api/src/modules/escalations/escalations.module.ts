import { Dashboards1795612799222 } from '../../migrations/1795612799222-Dashboards';
import { PaymentOverdue1795607900000 } from '../../migrations/1795607900000-PaymentOverdue';
import { EscalationActions1796292439865 } from '../../migrations/1796292439865-EscalationActions';
import { EscalationEpisodes1796800032000 } from '../../migrations/1796800032000-EscalationEpisodes';
import { defineModule, type LoadersOf, type ServicesOf } from '../trident-module';
import { EscalationEngine } from './escalation-engine';
import { EscalationRuleService } from './escalation-rule.service';
import { EscalationService } from './escalation.service';
import { Escalation, EscalationRule } from './escalation.entity';
import { EscalationResolver, EscalationRuleResolver } from './escalation.resolver';
import { createEscalationLoaders } from './escalations.loader';

/** Rules that raise what nobody handled to the next level (seeds 000, 003). */
export const escalationsModule = defineModule({
  name: 'escalations',
  entities: [EscalationRule, Escalation],
  resolvers: [EscalationRuleResolver, EscalationResolver],
  migrations: [
    PaymentOverdue1795607900000,
    Dashboards1795612799222,
    EscalationActions1796292439865,
    EscalationEpisodes1796800032000,
  ],
  services: ({ db, config }) => ({
    escalationRules: new EscalationRuleService(db),
    escalations: new EscalationService(db),
    escalationEngine: new EscalationEngine(db, config.BUSINESS_TIME_ZONE),
  }),
  loaders: {
    escalations: (db, scope, _today, viewerId) => createEscalationLoaders(db, scope, viewerId),
  },
});

declare module '../../graphql/registry' {
  interface ServiceRegistry extends ServicesOf<typeof escalationsModule> {}
  interface LoaderRegistry extends LoadersOf<typeof escalationsModule> {}
}
