import { Collections1795607048131 } from '../../migrations/1795607048131-Collections';
import { ContractTerm1796700026000 } from '../../migrations/1796700026000-ContractTerm';
import { defineModule, type LoadersOf, type ServicesOf } from '../trident-module';
import { BattleMapService } from './battle-map.service';
import { CollectionAgingService } from './collection-aging.service';
import { createCollectionLoaders } from './collections.loader';
import {
  AgingRowResolver,
  BattleMapRowResolver,
  ContractResolver,
  EvidenceItemResolver,
  PaymentMilestoneResolver,
  PaymentResolver,
} from './collections.resolver';
import {
  Contract,
  EvidenceItem,
  MilestoneGate,
  Payment,
  PaymentMilestone,
} from './contract.entity';
import { ContractService } from './contract.service';
import { PaymentLedgerService } from './payment-ledger.service';

/** Contracts, payment milestones, evidence and collections (seeds 002, 003). */
export const collectionsModule = defineModule({
  name: 'collections',
  entities: [Contract, PaymentMilestone, EvidenceItem, Payment, MilestoneGate],
  resolvers: [
    ContractResolver,
    PaymentMilestoneResolver,
    EvidenceItemResolver,
    PaymentResolver,
    AgingRowResolver,
    BattleMapRowResolver,
  ],
  migrations: [Collections1795607048131, ContractTerm1796700026000],
  services: ({ db, analyticsDb }) => ({
    contracts: new ContractService(db),
    collectionAging: new CollectionAgingService(analyticsDb),
    battleMap: new BattleMapService(analyticsDb),
    payments: new PaymentLedgerService(db),
  }),
  loaders: { collections: (db, _scope, today) => createCollectionLoaders(db, today) },
});

declare module '../../graphql/registry' {
  interface ServiceRegistry extends ServicesOf<typeof collectionsModule> {}
  interface LoaderRegistry extends LoadersOf<typeof collectionsModule> {}
}
