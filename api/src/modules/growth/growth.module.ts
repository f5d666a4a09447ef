import { ProductLines1796700028000 } from '../../migrations/1796700028000-ProductLines';
import { defineModule, type ServicesOf } from '../trident-module';
import {
  AccountRollupResolver,
  ProductLineResolver,
  RollupRowResolver,
  WhitespaceCellResolver,
  WhitespaceColumnResolver,
  WhitespaceResolver,
} from './growth.resolver';
import { ProductLine } from './product-line.entity';
import { ProductLineService } from './product-line.service';
import { RollupService } from './rollup.service';
import { WhitespaceService } from './whitespace.service';

/** Growing an account (seed 002): our product lines, whitespace and group roll-ups. */
export const growthModule = defineModule({
  name: 'growth',
  entities: [ProductLine],
  resolvers: [
    ProductLineResolver,
    WhitespaceResolver,
    WhitespaceColumnResolver,
    WhitespaceCellResolver,
    AccountRollupResolver,
    RollupRowResolver,
  ],
  migrations: [ProductLines1796700028000],
  services: ({ db, analyticsDb }) => ({
    productLines: new ProductLineService(db),
    whitespace: new WhitespaceService(analyticsDb),
    rollup: new RollupService(analyticsDb),
  }),
});

declare module '../../graphql/registry' {
  interface ServiceRegistry extends ServicesOf<typeof growthModule> {}
}
