import { Success1795607997464 } from '../../migrations/1795607997464-Success';
import { defineModule, type ServicesOf } from '../trident-module';
import { Renewal } from './renewal.entity';
import { RenewalService } from './renewal.service';
import { RevenueService } from './revenue.service';
import { RenewalResolver, RevenueRowResolver } from './success.resolver';

/** Renewals and the revenue that recurs (seed 002). */
export const successModule = defineModule({
  name: 'success',
  entities: [Renewal],
  resolvers: [RenewalResolver, RevenueRowResolver],
  migrations: [Success1795607997464],
  services: ({ db, analyticsDb }) => ({
    renewals: new RenewalService(db),
    revenue: new RevenueService(analyticsDb),
  }),
});

declare module '../../graphql/registry' {
  interface ServiceRegistry extends ServicesOf<typeof successModule> {}
}
