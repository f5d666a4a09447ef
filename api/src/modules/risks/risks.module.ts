import { RiskRegister1796800031000 } from '../../migrations/1796800031000-RiskRegister';
import { RiskEpisodes1796800033000 } from '../../migrations/1796800033000-RiskEpisodes';
import { defineModule, type LoadersOf, type ServicesOf } from '../trident-module';
import { AccountRisk } from './account-risk.entity';
import { AccountRiskResolver } from './risks.resolver';
import { createRiskLoader } from './risks.loader';
import { RiskService } from './risk.service';

/** The account risk register (issue 20, seed 004): entered by the team, raised by signals. */
export const risksModule = defineModule({
  name: 'risks',
  entities: [AccountRisk],
  resolvers: [AccountRiskResolver],
  migrations: [RiskRegister1796800031000, RiskEpisodes1796800033000],
  services: ({ db }) => ({
    risks: new RiskService(db),
  }),
  loaders: {
    riskById: (db, scope) => createRiskLoader(db, scope),
  },
});

declare module '../../graphql/registry' {
  interface ServiceRegistry extends ServicesOf<typeof risksModule> {}
  interface LoaderRegistry extends LoadersOf<typeof risksModule> {}
}
