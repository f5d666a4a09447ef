import { defineModule, type ServicesOf } from '../trident-module';
import { TimelineResolver } from './timeline.resolver';
import { TimelineService } from './timeline.service';

/** An account's whole history in one list (issue 20): every module's events, merged in SQL. */
export const timelineModule = defineModule({
  name: 'timeline',
  entities: [],
  resolvers: [TimelineResolver],
  migrations: [],
  services: ({ db }) => ({
    timeline: new TimelineService(db),
  }),
  loaders: {},
});

declare module '../../graphql/registry' {
  interface ServiceRegistry extends ServicesOf<typeof timelineModule> {}
}
