import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { buildTridentSchema } from '../graphql/schema';

/** Writes api/schema.graphql, the committed contract a test keeps current. */
async function main() {
  const schema = await buildTridentSchema();
  const target = path.resolve(__dirname, '../../schema.graphql');
  fs.writeFileSync(target, `${printSchema(schema)}\n`);
  process.stdout.write(`wrote ${target}\n`);
}

void main();
