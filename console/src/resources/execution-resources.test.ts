import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiError } from '../providers/api-error';
import { toHttpError } from '../providers/data-provider';
import { buildQuery } from './build-query';
import { dueSoonBefore, OPEN_TASK_STATUSES, taskFilter } from './execution-inputs';

const text = (query: unknown) => print(query as never).replace(/\s+/g, ' ');

describe('tasks', () => {
  it('lists my tasks with one status as the status list the API filters on', () => {
    const { query, variables } = buildQuery('GET_LIST', 'tasks', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'id', order: 'ASC' },
      filter: { mine: true, status: 'PROPOSED', accountId: 'a1' },
    });
    expect(text(query)).toContain('tasks(filter: $filter, first: $first, offset: $offset)');
    expect(variables).toEqual({
      filter: { mine: true, statuses: ['PROPOSED'], accountId: 'a1' },
      orderBy: undefined,
      first: 25,
      offset: 0,
    });
  });

  it('shows open tasks due by the end of tomorrow (or late) in the quick view', () => {
    const now = new Date(2026, 4, 20, 15, 30);
    const before = new Date(2026, 4, 22).toISOString();
    expect(dueSoonBefore(now).toISOString()).toBe(before);
    expect(taskFilter({ dueSoon: true, mine: false }, now)).toEqual({
      statuses: OPEN_TASK_STATUSES,
      dueBefore: before,
    });
    expect(OPEN_TASK_STATUSES).not.toContain('DONE');
    expect(OPEN_TASK_STATUSES).not.toContain('CANCELLED');
    // A closed status and the quick view together: nothing open to show.
    expect(taskFilter({ dueSoon: true, status: 'DONE' }, now).statuses).toEqual([]);
    // An earlier day picked by hand wins.
    expect(taskFilter({ dueSoon: true, dueBefore: '2026-05-21' }, now).dueBefore).toBe(
      new Date(2026, 4, 21).toISOString(),
    );
  });

  it('creates a task with its due time as ISO text and blank texts as null', () => {
    const due = new Date('2026-06-01T10:00:00.000Z');
    const { query, variables } = buildQuery('CREATE', 'tasks', {
      data: {
        accountId: 'a1',
        kind: 'SOLUTION',
        title: '技术交流 Workshop',
        content: '',
        qualityRequirement: ' 评审通过 ',
        due,
        assigneeId: 'u2',
        status: 'PROPOSED',
      },
    });
    expect(text(query)).toContain('createTask(input: $input)');
    expect(variables).toEqual({
      input: {
        accountId: 'a1',
        kind: 'SOLUTION',
        title: '技术交流 Workshop',
        content: null,
        qualityRequirement: '评审通过',
        due: '2026-06-01T10:00:00.000Z',
        assigneeId: 'u2',
      },
    });
  });

  it('reads many tasks by id, one aliased field each', () => {
    const { query, variables } = buildQuery('GET_MANY', 'tasks', { ids: ['t1', 't2'] });
    expect(text(query)).toContain('r0: task(id: $id0)');
    expect(variables).toEqual({ id0: 't1', id1: 't2' });
  });
});

describe('feedback, escalations and requests', () => {
  it('drops "only mine" when it is switched off', () => {
    const off = buildQuery('GET_LIST', 'feedbacks', {
      filter: { mine: false, acknowledged: false },
    });
    expect(off.variables?.filter).toEqual({ acknowledged: false });
    const on = buildQuery('GET_LIST', 'escalations', { filter: { mine: true, status: 'OPEN' } });
    expect(on.variables?.filter).toEqual({ mine: true, status: 'OPEN' });
  });

  it('asks for a resource on a day, and asks the manager only when told to', () => {
    const { query, variables } = buildQuery('CREATE', 'resourceRequests', {
      data: {
        resourceId: 'r1',
        accountId: 'a1',
        purpose: ' 高层拜访 ',
        date: '2026-06-03',
        askApproval: true,
      },
    });
    expect(text(query)).toContain('requestResource(input: $input)');
    expect(variables?.input).toEqual({
      resourceId: 'r1',
      accountId: 'a1',
      purpose: '高层拜访',
      date: '2026-06-03',
      askApproval: true,
    });
  });

  it('keeps the frequency cap of a refused request', () => {
    const refused = toHttpError({
      graphQLErrors: [
        {
          message: 'date: 张总 is booked 2 of 2 times this month: ask your manager to approve',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'date',
            reason: 'RESOURCE_CAP_REACHED',
            name: '张总',
            cap: 'MONTH',
            limit: 2,
            used: 2,
          },
        },
      ],
    });
    const details = apiError(refused);
    expect(details.field).toBe('date');
    expect(details.cap).toEqual({ period: 'MONTH', limit: 2, used: 2 });
    expect((refused as { body: { errors: Record<string, string> } }).body.errors.date).toMatch(
      /^张总 is booked 2 of 2 times this month/,
    );
    expect(apiError(toHttpError({ graphQLErrors: [{ message: 'x' }] })).cap).toBeUndefined();
  });
});

describe('configured lists: resources, rules, handovers', () => {
  it('writes an escalation rule whole, a resource only on levels that reach one', () => {
    const { query, variables } = buildQuery('UPDATE', 'escalationRules', {
      id: 'e1',
      data: {
        id: 'e1',
        name: 'Overdue',
        trigger: 'TASK_OVERDUE',
        thresholdHours: '2',
        levels: [
          { target: 'OWNER', afterHours: '0', resourceId: 'stale', __typename: 'EscalationLevel' },
          { target: 'RESOURCE', afterHours: 48, resourceId: 'r1' },
        ],
        active: true,
        version: 3,
      },
      previousData: { id: 'e1', version: 3 },
    });
    expect(text(query)).toContain(
      'updateEscalationRule(id: $id, input: $input, version: $version)',
    );
    expect(variables).toEqual({
      id: 'e1',
      version: 3,
      input: {
        name: 'Overdue',
        trigger: 'TASK_OVERDUE',
        thresholdHours: 2,
        levels: [
          { target: 'OWNER', afterHours: 0, resourceId: null },
          { target: 'RESOURCE', afterHours: 48, resourceId: 'r1' },
        ],
        active: true,
      },
    });
  });

  it('reads escalation rules as a plain list', () => {
    const { query, variables } = buildQuery('GET_LIST', 'escalationRules', {
      pagination: { page: 1, perPage: 100 },
      filter: {},
    });
    expect(text(query)).toMatch(/query Plain \{ escalationRules \{ \.\.\.EscalationRuleFields \}/);
    expect(variables).toEqual({});
  });

  it('filters a plain list here, as the desk counted it: active rules, working tokens', () => {
    const rules = buildQuery('GET_LIST', 'escalationRules', {
      pagination: { page: 1, perPage: 100 },
      filter: { active: true },
    });
    const rows = [
      { id: 'r1', active: true },
      { id: 'r2', active: false },
      { id: 'r3', active: true },
    ];
    expect(rules.parseResponse({ data: { escalationRules: rows } } as never)).toEqual({
      data: [rows[0], rows[2]],
      total: 2,
    });
    const tokens = buildQuery('GET_LIST', 'apiTokens', {
      pagination: { page: 1, perPage: 50 },
      filter: { status: 'active' },
    });
    const past = '2000-01-01T00:00:00Z';
    const apiTokens = [
      { id: 't1', revokedAt: null, expiresAt: null },
      { id: 't2', revokedAt: past, expiresAt: null },
      { id: 't3', revokedAt: null, expiresAt: past },
    ];
    expect(tokens.parseResponse({ data: { apiTokens } } as never)).toEqual({
      data: [apiTokens[0]],
      total: 1,
    });
  });

  it('writes an internal resource with its checklist one item a line', () => {
    const { variables } = buildQuery('CREATE', 'internalResources', {
      data: {
        name: '王总',
        level: 'EXECUTIVE',
        maxPerMonth: '2',
        maxPerQuarter: '',
        preparation: ['客户背景', '', ' 议程 '],
      },
    });
    expect(variables?.input).toEqual({
      name: '王总',
      title: null,
      userId: null,
      level: 'EXECUTIVE',
      conditions: null,
      maxPerMonth: 2,
      maxPerQuarter: null,
      preparation: ['客户背景', '议程'],
      active: true,
    });
  });

  it('starts a handover with the two people as arguments and reads one by id', () => {
    const { query, variables, parseResponse } = buildQuery('CREATE', 'handovers', {
      data: { fromUserId: 'u1', toUserId: 'u2', extra: 1 },
    });
    expect(text(query)).toContain(
      'mutation Create($fromUserId: ID!, $toUserId: ID!) { startHandover(fromUserId: $fromUserId, toUserId: $toUserId)',
    );
    expect(variables).toEqual({ fromUserId: 'u1', toUserId: 'u2' });
    expect(parseResponse({ data: { startHandover: { id: 'h1' } } } as never)).toEqual({
      data: { id: 'h1' },
    });
    const one = buildQuery('GET_ONE', 'handovers', { id: 'h1' });
    expect(text(one.query)).toContain('handover(id: $id)');
    const list = buildQuery('GET_LIST', 'handovers', { filter: {} });
    expect(text(list.query)).toMatch(/query Plain \{ handovers \{/);
  });
});
