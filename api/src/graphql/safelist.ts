import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { AppError } from '../common/app-error';

interface Manifest {
  format?: string;
  operations: { id?: string; name?: string; body: string }[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The allowed documents' SHA-256, from an Apollo persisted-query manifest file. */
export function readSafelist(file: string): Set<string> {
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  if (!Array.isArray(manifest.operations)) {
    throw new Error(`${file}: not a persisted query manifest ({ operations: [{ body }] })`);
  }
  return new Set(manifest.operations.map((op) => sha256(op.body)));
}

/**
 * Safelist mode (GRAPHQL_SAFELIST): only documents of the manifest run, whether sent in
 * full or as an automatic persisted query hash; anything else is FORBIDDEN before it
 * runs (Apollo reports errors of this hook as they are; earlier hooks' are reworded).
 * Meant for an API replica that serves BI tools only.
 */
export function safelistPlugin(allowed: Set<string>): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ queryHash }) {
          if (!allowed.has(queryHash)) {
            const refusal = new AppError(
              'FORBIDDEN',
              'This server runs safelisted operations only',
              { reason: 'NOT_SAFELISTED' },
            );
            // Apollo answers an error from this hook with HTTP 500 unless it names a status.
            throw new GraphQLError(refusal.message, {
              originalError: refusal,
              extensions: { code: 'FORBIDDEN', reason: 'NOT_SAFELISTED', http: { status: 403 } },
            });
          }
        },
      };
    },
  };
}
