// Generates a TypeORM migration from the difference between the entities and the
// schema that the existing migrations build, on a throwaway embedded Postgres.
// Usage: pnpm --filter @trident/api migration:generate <Name>   (after editing entities)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ensureDatabase, freePort, startEmbeddedPostgres } from './embedded-postgres.mjs';

const require = createRequire(import.meta.url);
const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('usage: migration:generate <PascalCaseName>');
  process.exit(2);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trident-migration-'));
fs.chmodSync(dataDir, 0o755); // mkdtemp makes it 0700: the postgres user must enter it
const pg = await startEmbeddedPostgres({
  dataDir: path.join(dataDir, 'pg'),
  port: await freePort(),
  fast: true,
});
try {
  require('reflect-metadata');
  const { createDataSource } = require('../dist/db/data-source.js');
  // Migrations run as the owner (the app role exists only once they have run).
  const db = createDataSource({
    url: await ensureDatabase(pg.url, 'trident_generate'),
    as: 'owner',
  });
  await db.initialize();
  await db.runMigrations();
  const sql = await db.driver.createSchemaBuilder().log();
  await db.destroy();
  if (sql.upQueries.length === 0) {
    console.log('entities and migrations agree: nothing to generate');
  } else {
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const quote = (q) =>
      `    await queryRunner.query(\`${q.query.replace(/`/g, '\\`')}\`${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`;
    const file = path.resolve(import.meta.dirname, `../src/migrations/${timestamp}-${name}.ts`);
    fs.writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map(quote).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${sql.downQueries.reverse().map(quote).join('\n')}
  }
}
`,
    );
    console.log(
      `wrote ${file}\nadd ${className} to the manifest of the module that owns it (src/modules/<module>/<module>.module.ts)`,
    );
  }
} finally {
  await pg.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(pg.dataDir, { recursive: true, force: true });
}
