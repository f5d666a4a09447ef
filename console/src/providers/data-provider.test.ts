import { print } from 'graphql';
import { HttpError } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildQuery } from '../resources/build-query';
import { RESOURCE_DATA } from '../resources/resource-data';
import { createDataProvider, toHttpError } from './data-provider';
import { createGraphqlClient, TOKEN_KEY } from './graphql-client';

const text = (query: unknown) => print(query as never).replace(/\s+/g, ' ');

describe('buildQuery', () => {
  it('maps getList to the connection with filter, order, page size and offset', () => {
    const { query, variables, parseResponse } = buildQuery('GET_LIST', 'accounts', {
      pagination: { page: 3, perPage: 25 },
      sort: { field: 'potential', order: 'DESC' },
      filter: { q: '移动', tier: 'CITY', region: '' },
    });
    expect(text(query)).toContain(
      'accounts(filter: $filter, first: $first, offset: $offset, orderBy: $orderBy) { nodes { ...AccountFields } totalCount }',
    );
    expect(text(query)).toContain('totalCount');
    expect(variables).toEqual({
      filter: { search: '移动', tier: 'CITY' },
      orderBy: [{ field: 'POTENTIAL', direction: 'DESC' }],
      first: 25,
      offset: 50,
    });
    const parsed = parseResponse({
      data: { accounts: { nodes: [{ id: 'a' }], totalCount: 51 } },
    } as never);
    expect(parsed).toEqual({ data: [{ id: 'a' }], total: 51 });
  });

  it('leaves out an order the API cannot sort by', () => {
    const { variables } = buildQuery('GET_LIST', 'accounts', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'industry', order: 'ASC' },
      filter: {},
    });
    expect(variables?.orderBy).toBeUndefined();
  });

  it('loads many by ids and one by id, and reports a missing record', () => {
    const many = buildQuery('GET_MANY', 'users', { ids: ['u1', 'u2'] });
    expect(many.variables).toEqual({ filter: { ids: ['u1', 'u2'] }, first: 2 });
    const one = buildQuery('GET_ONE', 'accounts', { id: 'a1' });
    expect(text(one.query)).toContain('account(id: $id)');
    expect(() => one.parseResponse({ data: { account: null } } as never)).toThrow(HttpError);
  });

  it('claims an account with only the input fields, money as a decimal string', () => {
    const { query, variables } = buildQuery('CREATE', 'accounts', {
      data: {
        name: '深圳地铁',
        tier: 'CITY',
        region: '',
        potential: { amount: 1200000, currency: '' },
        extra: 1,
      },
    });
    expect(text(query)).toContain('claimAccount(input: $input)');
    expect(variables).toEqual({
      input: {
        name: '深圳地铁',
        tier: 'CITY',
        region: null,
        potential: { amount: '1200000', currency: 'CNY' },
      },
    });
  });

  it('updates only the fields that changed, with the version it read', () => {
    const { query, variables } = buildQuery('UPDATE', 'accounts', {
      id: 'a1',
      data: {
        id: 'a1',
        name: 'New',
        region: 'South',
        tier: 'CITY',
        version: 4,
        owner: { id: 'x' },
      },
      previousData: { id: 'a1', name: 'Old', region: 'South', tier: 'CITY', version: 4 },
    });
    expect(text(query)).toContain('updateAccount(id: $id, input: $input, version: $version)');
    expect(variables).toEqual({ id: 'a1', input: { name: 'New' }, version: 4 });
  });

  it('sends nested values without the __typename Apollo adds when reading', () => {
    const { variables } = buildQuery('UPDATE', 'accounts', {
      id: 'a1',
      data: {
        id: 'a1',
        version: 2,
        drivers: [{ __typename: 'Driver', factor: 'subscribers', quantity: 10, unit: null }],
      },
      previousData: { id: 'a1', version: 2, drivers: [] },
    });
    expect(variables?.input).toEqual({
      drivers: [{ factor: 'subscribers', quantity: 10, unit: null }],
    });
  });

  it('refuses a resource it does not know', () => {
    expect(() => buildQuery('GET_LIST', 'nothing', {})).toThrow(/Unknown resource/);
  });
});

describe('errors from the API', () => {
  it('turns bad input into a form error on the field, in words of the app', () => {
    const error = toHttpError({
      graphQLErrors: [
        {
          message: 'name: must not be blank',
          extensions: { code: 'BAD_USER_INPUT', field: 'name', reason: 'BLANK' },
        },
      ],
    }) as HttpError;
    expect(error.status).toBe(400);
    expect(error.body).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
      reason: 'BLANK',
      errors: { name: 'Must not be blank' },
    });
  });

  it('says a refusal of the record itself (field id) as the message, not as a form error', () => {
    const error = toHttpError({
      graphQLErrors: [
        {
          message: 'id: a task IN_PROGRESS can no longer be edited',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'id',
            reason: 'TASK_CLOSED',
            status: 'IN_PROGRESS',
          },
        },
      ],
    }) as HttpError;
    expect(error.body).not.toHaveProperty('errors');
    expect(error.message).toContain('can no longer be edited');
  });

  it('names the field in a banner when the resource is known', () => {
    const error = toHttpError(
      {
        graphQLErrors: [
          {
            message: 'name: must not be blank',
            extensions: { code: 'BAD_USER_INPUT', field: 'name', reason: 'BLANK' },
          },
        ],
      },
      'accounts',
    ) as HttpError;
    expect(error.message).toMatch(/: Must not be blank$/);
    expect(error.message).not.toMatch(/^name:/);
  });

  it('keeps a lost claim as a CONFLICT, with who registered it first', () => {
    const error = toHttpError({
      graphQLErrors: [
        {
          message: 'This customer was already registered by 王伟 …',
          extensions: {
            code: 'CONFLICT',
            field: 'name',
            reason: 'ALREADY_REGISTERED',
            owner: '王伟',
            registeredAt: '2026-12-01',
          },
        },
      ],
    }) as HttpError;
    expect(error.status).toBe(409);
    expect(error.message).toContain('王伟');
    expect((error.body as { code: string }).code).toBe('CONFLICT');
  });

  it('marks the field of a value already taken, not of a stale version', () => {
    const taken = toHttpError({
      graphQLErrors: [
        {
          message: 'email: already taken',
          extensions: { code: 'CONFLICT', field: 'email', reason: 'EMAIL_TAKEN' },
        },
      ],
    }) as HttpError;
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ errors: { email: expect.any(String) } });
    const stale = toHttpError({
      graphQLErrors: [
        {
          message: 'version: changed by someone else',
          extensions: { code: 'CONFLICT', field: 'version', reason: 'STALE' },
        },
      ],
    }) as HttpError;
    expect(stale.body).not.toHaveProperty('errors');
  });

  it('never shows the English of a refusal without a reason: its code speaks', () => {
    const error = toHttpError({
      graphQLErrors: [{ message: 'Only the author may edit', extensions: { code: 'FORBIDDEN' } }],
    }) as HttpError;
    expect(error.message).not.toContain('Only the author');
  });
});

describe('data provider over HTTP', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    sessionStorage.clear();
  });

  it('sends the bearer token and maps a GraphQL error with its code', async () => {
    sessionStorage.setItem(TOKEN_KEY, 'tok-123');
    const fetchMock = vi.fn(
      async (_input: RequestInfo | URL, _init?: RequestInit) =>
        new Response(
          JSON.stringify({
            errors: [
              { message: 'Authentication required', extensions: { code: 'UNAUTHENTICATED' } },
            ],
          }),
          { status: 200, headers: { 'content-type': 'application/json' } },
        ),
    );
    vi.stubGlobal('fetch', fetchMock);
    const provider = createDataProvider(
      RESOURCE_DATA,
      createGraphqlClient('http://api.test/graphql'),
    );
    const failure = await provider
      .getList('accounts', {
        pagination: { page: 1, perPage: 10 },
        sort: { field: 'name', order: 'ASC' },
        filter: {},
      })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HttpError);
    expect((failure as HttpError).status).toBe(401);
    const init = fetchMock.mock.calls[0]![1] as RequestInit;
    expect((init.headers as Record<string, string>).authorization).toBe('Bearer tok-123');
  });

  it('passes a 400 with a GraphQL body on as a field error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async (_input: RequestInfo | URL, _init?: RequestInit) =>
          new Response(
            JSON.stringify({
              errors: [
                {
                  message: 'first: first must not be greater than 500',
                  extensions: { code: 'BAD_USER_INPUT', field: 'first' },
                },
              ],
            }),
            { status: 400, headers: { 'content-type': 'application/json' } },
          ),
      ),
    );
    const provider = createDataProvider(
      RESOURCE_DATA,
      createGraphqlClient('http://api.test/graphql'),
    );
    const failure = (await provider
      .getList('accounts', {
        pagination: { page: 1, perPage: 501 },
        sort: { field: 'name', order: 'ASC' },
        filter: {},
      })
      .catch((error: unknown) => error)) as HttpError;
    expect(failure.status).toBe(400);
    expect(failure.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
