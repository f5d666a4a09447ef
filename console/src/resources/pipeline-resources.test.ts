import { print } from 'graphql';
import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { toHttpError } from '../providers/data-provider';
import { buildQuery } from './build-query';
import { apiError } from '../providers/api-error';

const text = (query: unknown) => print(query as never).replace(/\s+/g, ' ');

const STAGES = [
  { id: 's1', code: 'PROSPECT', position: 10 },
  { id: 's2', code: 'CONTACTED', position: 20 },
  { id: 's3', code: 'WON', position: 50 },
];

describe('funnel stages: a plain list', () => {
  it('reads the whole list without arguments and pages it here', () => {
    const { query, variables, parseResponse } = buildQuery('GET_LIST', 'funnelStages', {
      pagination: { page: 2, perPage: 2 },
      sort: { field: 'position', order: 'ASC' },
      filter: {},
    });
    expect(text(query)).toMatch(/query Plain \{ funnelStages \{ \.\.\.FunnelStageFields \}/);
    expect(variables).toEqual({});
    expect(parseResponse({ data: { funnelStages: STAGES } } as never)).toEqual({
      data: [STAGES[2]],
      total: 3,
    });
  });

  it('finds one and many by id in the list, and reports a missing one', () => {
    const one = buildQuery('GET_ONE', 'funnelStages', { id: 's2' });
    expect(one.parseResponse({ data: { funnelStages: STAGES } } as never)).toEqual({
      data: STAGES[1],
    });
    const missing = buildQuery('GET_ONE', 'funnelStages', { id: 'nope' });
    expect(() => missing.parseResponse({ data: { funnelStages: STAGES } } as never)).toThrow(
      HttpError,
    );
    const many = buildQuery('GET_MANY', 'funnelStages', { ids: ['s3', 's1'] });
    expect(many.parseResponse({ data: { funnelStages: STAGES } } as never)).toEqual({
      data: [STAGES[0], STAGES[2]],
    });
  });

  it('writes a stage whole, since its input replaces every field', () => {
    const { query, variables } = buildQuery('UPDATE', 'funnelStages', {
      id: 's2',
      data: {
        id: 's2',
        __typename: 'FunnelStage',
        code: 'CONTACTED',
        nameZh: '已接触 25%',
        nameEn: 'Contacted',
        probability: '30',
        position: 20,
        isWon: false,
        isLost: false,
        entryCriteria: ['ACTIVITY_LOGGED'],
        weakness: '',
        active: true,
        version: 3,
      },
      previousData: { id: 's2', version: 3, nameEn: 'Contacted', probability: 25 },
    });
    expect(text(query)).toContain('updateFunnelStage(id: $id, input: $input, version: $version)');
    expect(variables).toEqual({
      id: 's2',
      version: 3,
      input: {
        code: 'CONTACTED',
        nameZh: '已接触 25%',
        nameEn: 'Contacted',
        probability: 30,
        position: 20,
        isWon: false,
        isLost: false,
        entryCriteria: ['ACTIVITY_LOGGED'],
        weakness: null,
        riskMargin: null,
        active: true,
      },
    });
  });
});

describe('records whose filter takes no ids', () => {
  it('reads many leads by id in one request, one aliased field each', () => {
    const { query, variables, parseResponse } = buildQuery('GET_MANY', 'leads', {
      ids: ['l1', 'l2', 'l1'],
    });
    expect(text(query)).toContain('query Many($id0: ID!, $id1: ID!)');
    expect(text(query)).toContain('r0: lead(id: $id0)');
    expect(text(query)).toContain('r1: lead(id: $id1)');
    expect(variables).toEqual({ id0: 'l1', id1: 'l2' });
    expect(parseResponse({ data: { r0: { id: 'l1' }, r1: null } } as never)).toEqual({
      data: [{ id: 'l1' }],
    });
  });

  it('refuses to read sales targets one by one (there is no single query)', () => {
    expect(() => buildQuery('GET_ONE', 'salesTargets', { id: 't1' })).toThrow(/by id/);
  });
});

describe('opportunities', () => {
  it('filters on one stage or owner as the id lists the API takes, and orders by amount', () => {
    const { query, variables } = buildQuery('GET_LIST', 'opportunities', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'amount', order: 'DESC' },
      filter: { q: '5G', stageId: 's2', ownerId: 'u1', open: true, accountId: '' },
    });
    expect(text(query)).toContain(
      'opportunities( filter: $filter first: $first offset: $offset orderBy: $orderBy )',
    );
    expect(variables).toMatchObject({
      filter: { search: '5G', stageIds: ['s2'], ownerIds: ['u1'], open: true },
      orderBy: [{ field: 'AMOUNT', direction: 'DESC' }],
    });
  });

  it('creates a deal with money as a decimal string and nested lists of their own fields', () => {
    const { query, variables } = buildQuery('CREATE', 'opportunities', {
      data: {
        accountId: 'a1',
        name: '5G 专网',
        amount: { amount: 1200000, currency: '' },
        products: ['5G', ''],
        expectedCloseDate: '',
        team: [{ userId: 'u1', teamRole: 'AR', user: { id: 'u1', name: 'x' } }],
        decisionContacts: [{ contactId: 'c1', role: 'DECISION_MAKER', note: ' ', contact: {} }],
        competitors: [{ name: '华为', strengths: '价格', weaknesses: '' }],
        daysInStage: 3,
      },
    });
    expect(text(query)).toContain('createOpportunity(input: $input)');
    expect(variables).toEqual({
      input: {
        accountId: 'a1',
        name: '5G 专网',
        amount: { amount: '1200000', currency: 'CNY' },
        products: ['5G'],
        expectedCloseDate: null,
        team: [{ userId: 'u1', teamRole: 'AR' }],
        decisionContacts: [{ contactId: 'c1', role: 'DECISION_MAKER', note: null }],
        competitors: [{ name: '华为', strengths: '价格', weaknesses: null }],
      },
    });
  });
});

describe('leads', () => {
  it('sends a changed BANT item whole, confirmed with its note', () => {
    const budget = { __typename: 'BantCheck', confirmed: false, note: null };
    const { variables } = buildQuery('UPDATE', 'leads', {
      id: 'l1',
      data: {
        id: 'l1',
        version: 2,
        budget: { ...budget, confirmed: true, note: ' 已批 ' },
        need: budget,
      },
      previousData: { id: 'l1', version: 2, budget, need: budget },
    });
    expect(variables).toEqual({
      id: 'l1',
      version: 2,
      input: { budget: { confirmed: true, note: '已批' } },
    });
  });
});

describe('hidden amounts', () => {
  it('never sends back an estimate the caller cannot see and did not touch', () => {
    const { variables } = buildQuery('UPDATE', 'leads', {
      id: 'l1',
      data: { id: 'l1', version: 1, title: 'New', estimated: { amount: null, currency: '' } },
      previousData: { id: 'l1', version: 1, title: 'Old', estimated: null },
    });
    expect(variables?.input).toEqual({ title: 'New' });
  });
});

describe('planning', () => {
  it('writes a plan target and potential as amounts, milestones with their own fields', () => {
    const { variables } = buildQuery('UPDATE', 'accountPlans', {
      id: 'p1',
      data: {
        id: 'p1',
        version: 1,
        target: { amount: 900000, currency: 'CNY' },
        potential: { amount: '', currency: 'CNY' },
        riskMargin: '2.5',
        milestones: [
          {
            id: 'm1',
            task: '高层拜访',
            ownerId: 'u1',
            due: '2026-12-01',
            floorTarget: 100,
            done: true,
            owner: {},
          },
          { task: '签约', ownerId: 'u1', due: '2026-12-20' },
        ],
      },
      previousData: {
        id: 'p1',
        version: 1,
        target: { amount: '800000.00', currency: 'CNY' },
        potential: { amount: '5000000.00', currency: 'CNY' },
        riskMargin: 3,
        milestones: [],
      },
    });
    expect(variables?.input).toEqual({
      targetAmount: '900000',
      potentialAmount: null,
      riskMargin: 2.5,
      milestones: [
        { task: '高层拜访', ownerId: 'u1', due: '2026-12-01', floorTarget: '100', done: true },
        { task: '签约', ownerId: 'u1', due: '2026-12-20', floorTarget: null, done: false },
      ],
    });
  });

  it('sets a sales target and keeps the flag of the change on the record', () => {
    const { query, variables, parseResponse } = buildQuery('CREATE', 'salesTargets', {
      data: { userId: 'u1', period: '2026', revenue: 5000000, reason: '年度目标', riskMargin: '' },
    });
    expect(text(query)).toMatch(
      /setSalesTarget\(input: \$input\) \{ target \{ \.\.\.SalesTargetFields \} flagged \}/,
    );
    expect(variables).toEqual({
      input: {
        userId: 'u1',
        period: '2026',
        revenue: '5000000',
        reason: '年度目标',
        riskMargin: 3,
      },
    });
    expect(
      parseResponse({
        data: { setSalesTarget: { target: { id: 't1', revenue: '5000000' }, flagged: true } },
      } as never),
    ).toEqual({ data: { id: 't1', revenue: '5000000', flagged: true } });
  });
});

describe('activities', () => {
  it('sends the time of a visit as ISO text', () => {
    const { variables } = buildQuery('CREATE', 'activities', {
      data: {
        accountId: 'a1',
        kind: 'VISIT',
        occurredAt: new Date('2026-11-20T02:00:00Z'),
        summary: '拜访',
        participantIds: ['u1'],
      },
    });
    expect(variables?.input).toEqual({
      accountId: 'a1',
      kind: 'VISIT',
      occurredAt: '2026-11-20T02:00:00.000Z',
      summary: '拜访',
      participantIds: ['u1'],
    });
  });

  it('lists the visits of one deal', () => {
    const { variables } = buildQuery('GET_MANY_REFERENCE', 'activities', {
      target: 'opportunityId',
      id: 'o1',
      pagination: { page: 1, perPage: 10 },
      filter: {},
    });
    expect(variables?.filter).toEqual({ opportunityId: 'o1' });
    expect(variables?.orderBy).toBeUndefined();
  });
});

describe('refusals from the API', () => {
  it('keeps the BANT items a conversion misses', () => {
    const apolloError = {
      message: 'bant: not qualified yet',
      graphQLErrors: [
        {
          message: 'bant: not qualified yet: confirm budget, timing first (BANT)',
          extensions: { code: 'BAD_USER_INPUT', field: 'bant', missing: ['BUDGET', 'TIMING'] },
        },
      ],
    };
    const details = apiError(toHttpError(apolloError));
    expect(details).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'bant',
      missing: ['BUDGET', 'TIMING'],
    });
  });

  it('keeps the stage criteria a move does not meet, and a conflict as such', () => {
    const refused = toHttpError({
      graphQLErrors: [
        {
          message: 'stageId: cannot enter Need found',
          extensions: { code: 'BAD_USER_INPUT', field: 'stageId', unmet: ['DECISION_MAKER'] },
        },
      ],
    }) as HttpError;
    expect(refused.status).toBe(400);
    expect(apiError(refused).unmet).toEqual(['DECISION_MAKER']);
    const stale = toHttpError({
      graphQLErrors: [{ message: 'stale', extensions: { code: 'CONFLICT' } }],
    }) as HttpError;
    expect(stale.status).toBe(409);
    expect(apiError(stale)).toMatchObject({ code: 'CONFLICT', unmet: [], missing: [] });
  });

  it('passes on an error that did not come from GraphQL', () => {
    const network = new Error('offline');
    expect(toHttpError(network)).toBe(network);
  });
});
