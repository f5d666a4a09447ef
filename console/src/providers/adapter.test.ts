import { buildClientSchema, validate, type IntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import introspection from '../gql/introspection.json';
import { RESOURCE_DATA } from '../resources/resource-data';
import { createAdapter, type FetchType } from './adapter';

const schema = buildClientSchema(introspection as unknown as IntrospectionQuery);
const { buildOperation } = createAdapter(RESOURCE_DATA);

const PARAMS: Record<FetchType, Record<string, unknown>> = {
  GET_LIST: { pagination: { page: 1, perPage: 10 }, sort: { field: 'name', order: 'ASC' } },
  GET_MANY_REFERENCE: { target: 'accountId', id: 'a1', pagination: { page: 1, perPage: 5 } },
  GET_MANY: { ids: ['x1', 'x2'] },
  GET_ONE: { id: 'x1' },
  CREATE: { data: {} },
  UPDATE: { id: 'x1', data: { version: 1 }, previousData: { version: 1 } },
};

/** Codegen checks the documents written by hand; these are written by the adapter. */
describe('the operations the adapter writes from the schema', () => {
  it.each(Object.keys(RESOURCE_DATA))('%s: every one it can write is valid', (resource) => {
    let written = 0;
    for (const [fetchType, params] of Object.entries(PARAMS)) {
      let operation;
      try {
        operation = buildOperation(fetchType as FetchType, resource, params);
      } catch (error) {
        // What the API does not offer for a resource (no create, no read by id) is refused.
        expect(String(error)).toMatch(/cannot|not supported/);
        continue;
      }
      written++;
      expect(validate(schema, operation.document).map((e) => `${fetchType}: ${e.message}`)).toEqual(
        [],
      );
    }
    expect(written).toBeGreaterThan(0);
  });
});

describe('a list opened with a filter its API does not take', () => {
  it.each(Object.keys(RESOURCE_DATA))(
    '%s: the unknown keys are left out, the query stays valid',
    (resource) => {
      let operation;
      try {
        operation = buildOperation('GET_LIST', resource, {
          ...PARAMS.GET_LIST,
          filter: { q: 'x', notAFilterOfAnyList: 1 },
        });
      } catch (error) {
        expect(String(error)).toMatch(/cannot|not supported/);
        return;
      }
      const filter = (operation.variables as { filter?: Record<string, unknown> }).filter ?? {};
      expect(filter).not.toHaveProperty('notAFilterOfAnyList');
      expect(validate(schema, operation.document)).toEqual([]);
    },
  );
});
