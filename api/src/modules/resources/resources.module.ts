import { ResourceBookings1796800046000 } from '../../migrations/1796800046000-ResourceBookings';
import { defineModule, type ServicesOf } from '../trident-module';
import { InternalResource, ResourceRequest } from './internal-resource.entity';
import { InternalResourceResolver, ResourceRequestResolver } from './resource.resolver';
import { ResourceService } from './resource.service';

/** Our scarce experts and executives, booked within their caps (seed 000). */
export const resourcesModule = defineModule({
  name: 'resources',
  entities: [InternalResource, ResourceRequest],
  resolvers: [InternalResourceResolver, ResourceRequestResolver],
  migrations: [ResourceBookings1796800046000],
  services: ({ db }) => ({ resources: new ResourceService(db) }),
});

declare module '../../graphql/registry' {
  interface ServiceRegistry extends ServicesOf<typeof resourcesModule> {}
}
