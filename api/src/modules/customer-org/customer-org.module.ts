import { CustomerMap1795593820844 } from '../../migrations/1795593820844-CustomerMap';
import { defineModule, type LoadersOf, type ServicesOf } from '../trident-module';
import { ContactMove } from './contact-move.entity';
import { Contact } from './contact.entity';
import { ContactService } from './contact.service';
import { CoverageService } from './coverage.service';
import { createCustomerOrgLoaders } from './customer-org.loader';
import {
  AccountCoverageResolver,
  ContactResolver,
  CoverageResolver,
  InfluenceResolver,
  OrgChartResolver,
  OrgUnitResolver,
} from './customer-org.resolver';
import { Influence } from './influence.entity';
import { InfluenceService } from './influence.service';
import { OrgChartService } from './org-chart.service';
import { OrgUnit } from './org-unit.entity';
import { OrgUnitService } from './org-unit.service';
import { RelationshipCadence } from './relationship-cadence.entity';
import { ContactRhythmResolver, StaleRelationshipResolver } from './relationship-rhythm.resolver';
import { RelationshipRhythmService } from './relationship-rhythm.service';
import { RelationshipRhythm1796800029000 } from '../../migrations/1796800029000-RelationshipRhythm';

/** The customer's organisation, its people and our coverage of them (seeds 000, 003). */
export const customerOrgModule = defineModule({
  name: 'customer-org',
  entities: [OrgUnit, Contact, ContactMove, Influence, RelationshipCadence],
  resolvers: [
    OrgUnitResolver,
    ContactResolver,
    InfluenceResolver,
    OrgChartResolver,
    CoverageResolver,
    AccountCoverageResolver,
    ContactRhythmResolver,
    StaleRelationshipResolver,
  ],
  migrations: [CustomerMap1795593820844, RelationshipRhythm1796800029000],
  services: ({ db }) => ({
    orgUnits: new OrgUnitService(db),
    contacts: new ContactService(db),
    influences: new InfluenceService(db),
    orgChart: new OrgChartService(db),
    coverage: new CoverageService(db),
    relationshipRhythm: new RelationshipRhythmService(db),
  }),
  loaders: {
    /** Only contacts and units of accounts in the caller's scope. */
    contactById: (db, scope) => createCustomerOrgLoaders(db, scope).contactById,
    orgUnitById: (db, scope) => createCustomerOrgLoaders(db, scope).orgUnitById,
    /** The rhythm of contacts already visible (it is only reached through one). */
    contactRhythm: (db) => new RelationshipRhythmService(db).rhythmLoader(),
  },
});

declare module '../../graphql/registry' {
  interface ServiceRegistry extends ServicesOf<typeof customerOrgModule> {}
  interface LoaderRegistry extends LoadersOf<typeof customerOrgModule> {}
}
