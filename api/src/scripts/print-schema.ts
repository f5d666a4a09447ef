import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { buildTridentSchema } from '../graphql/schema';

/**
 * Writes schema.graphql into @trident/schema, the committed contract a test keeps current and
 * the console generates its types from.
 */
async function main() {
  const schema = await buildTridentSchema();
  const target = path.join(
    path.dirname(require.resolve('@trident/schema/package.json')),
    'schema.graphql',
  );
  fs.writeFileSync(target, `${printSchema(schema)}\n`);
  process.stdout.write(`wrote ${target}\n`);
}

void main();
