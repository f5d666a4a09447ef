import fs from 'node:fs';
import { isOperation } from '@trident/domain';
import { printSchema } from 'graphql';
import { buildTridentSchema } from '../src/graphql/schema';
import { MIGRATIONS } from '../src/migrations';
import { startTestApp } from './support/test-app';

describe('schema and migrations', () => {
  it('has a committed schema.graphql that matches the code (run `pnpm --filter @trident/api schema:print`)', async () => {
    const committed = fs.readFileSync(require.resolve('@trident/schema/schema.graphql'), 'utf8');
    expect(committed).toBe(`${printSchema(await buildTridentSchema())}\n`);
  });

  it('has an access-matrix entry for every query and mutation', async () => {
    const schema = await buildTridentSchema();
    const operations = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()!.getFields()).map((f) => `Mutation.${f}`),
    ];
    expect(operations.filter((op) => !isOperation(op))).toEqual([]);
  });

  it('builds the whole schema on an empty database, matching the entities exactly', async () => {
    const app = await startTestApp({ demo: false });
    try {
      const tables: { table_name: string }[] = await app.db.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
      );
      expect(tables.map((t) => t.table_name)).toEqual(
        expect.arrayContaining([
          'account',
          'account_team_member',
          'api_token',
          'audit_event',
          'claim_attempt',
          'user',
        ]),
      );
      const pending = await app.db.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      // And every migration can be rolled back, down to nothing.
      for (let i = 0; i < MIGRATIONS.length; i++) await app.db.undoLastMigration();
      const left: unknown[] = await app.db.query(
        `SELECT 1 FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'account'`,
      );
      expect(left).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
