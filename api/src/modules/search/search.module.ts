import { defineModule, type ServicesOf } from '../trident-module';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/** One search box over the records a user may open. */
export const searchModule = defineModule({
  name: 'search',
  entities: [],
  resolvers: [SearchResolver],
  migrations: [],
  services: ({ db }) => ({ search: new SearchService(db) }),
});

declare module '../../graphql/registry' {
  interface ServiceRegistry extends ServicesOf<typeof searchModule> {}
}
