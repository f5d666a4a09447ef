import { BenchIndexes1796174068010 } from '../migrations/1796174068010-BenchIndexes';
import { RowLevelSecurity1796174068012 } from '../migrations/1796174068012-RowLevelSecurity';
import { RowLevelSecurityOnce1796174068013 } from '../migrations/1796174068013-RowLevelSecurityOnce';
import { RowLevelSecurityHashed1796174068014 } from '../migrations/1796174068014-RowLevelSecurityHashed';
import { RowLevelSecurityDecided1796600023000 } from '../migrations/1796600023000-RowLevelSecurityDecided';
import { defineModule } from '../modules/trident-module';

/**
 * What belongs to the database rather than to one module: the application role and the
 * row-level security policies over every account-scoped table, and indexes for scale.
 */
export const platformModule = defineModule({
  name: 'platform',
  entities: [],
  resolvers: [],
  migrations: [
    BenchIndexes1796174068010,
    RowLevelSecurity1796174068012,
    RowLevelSecurityOnce1796174068013,
    RowLevelSecurityHashed1796174068014,
    RowLevelSecurityDecided1796600023000,
  ],
});
