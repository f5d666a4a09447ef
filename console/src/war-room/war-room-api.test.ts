import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GraphqlRequestError } from '../providers/graphql-client';
import {
  WAR_ROOM_ACCOUNT,
  WAR_ROOM_CONTRACTS,
  WAR_ROOM_COVERAGE,
  WAR_ROOM_OPPORTUNITIES,
  WAR_ROOM_PLANS,
  WAR_ROOM_TIMELINE,
  retryNetworkErrors,
} from './war-room-api';

const schema = buildSchema(
  readFileSync(createRequire(import.meta.url).resolve('@trident/schema/schema.graphql'), 'utf8'),
);

describe('war room queries', () => {
  it.each([
    ['account', WAR_ROOM_ACCOUNT],
    ['coverage', WAR_ROOM_COVERAGE],
    ['plans', WAR_ROOM_PLANS],
    ['opportunities', WAR_ROOM_OPPORTUNITIES],
    ['contracts', WAR_ROOM_CONTRACTS],
    ['timeline', WAR_ROOM_TIMELINE],
  ])('%s is valid against the committed API schema', (_, document) => {
    expect(validate(schema, parse(document)).map((e) => e.message)).toEqual([]);
  });
});

describe('section retries', () => {
  it('shows a GraphQL error at once and retries a network failure twice', () => {
    const forbidden = new GraphqlRequestError(
      { message: 'No', extensions: { code: 'FORBIDDEN' } },
      200,
    );
    expect(retryNetworkErrors(0, forbidden)).toBe(false);
    expect(retryNetworkErrors(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(retryNetworkErrors(1, new TypeError('Failed to fetch'))).toBe(true);
    expect(retryNetworkErrors(2, new TypeError('Failed to fetch'))).toBe(false);
    expect(retryNetworkErrors(0, new GraphqlRequestError({ message: 'Bad Gateway' }, 502))).toBe(
      true,
    );
  });
});
