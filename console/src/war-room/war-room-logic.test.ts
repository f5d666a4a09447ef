import { describe, expect, it } from 'vitest';
import type {
  ContractMilestone,
  KeyContact,
  RunStep,
  TimelineEntry,
  WarRoomContract,
  WarRoomPlan,
} from './war-room-logic';
import {
  collectedShare,
  contractOrder,
  contractSummary,
  currentStepIndex,
  flattenTimeline,
  mergeKeyContacts,
  pickLatestPlan,
  shownMilestones,
  planMilestoneState,
  stepLate,
  stepTone,
  uncoveredDecisionContacts,
} from './war-room-logic';

const step = (
  position: number,
  status: RunStep['status'],
  extra: Partial<RunStep> = {},
): RunStep => ({
  id: `s${position}`,
  position,
  name: `Step ${position}`,
  status,
  daysInStatus: 1,
  typicalDays: 3,
  blockReason: null,
  blockerContact: null,
  ...extra,
});

describe('approval chain', () => {
  it('finds the first step neither passed nor skipped, in position order', () => {
    const steps = [step(3, 'PENDING'), step(1, 'PASSED'), step(2, 'SKIPPED'), step(4, 'PENDING')];
    expect(currentStepIndex({ status: 'RUNNING', steps })).toBe(2);
  });

  it('points at a blocked step when it is the first one open', () => {
    const steps = [step(1, 'PASSED'), step(2, 'BLOCKED'), step(3, 'PENDING')];
    expect(currentStepIndex({ status: 'RUNNING', steps })).toBe(1);
  });

  it('has no current step when the run is through or stopped', () => {
    expect(currentStepIndex({ status: 'RUNNING', steps: [step(1, 'PASSED')] })).toBe(-1);
    expect(currentStepIndex({ status: 'DONE', steps: [step(1, 'PENDING')] })).toBe(-1);
    expect(currentStepIndex({ status: 'CANCELLED', steps: [step(1, 'IN_REVIEW')] })).toBe(-1);
    expect(currentStepIndex({ status: 'RUNNING', steps: [] })).toBe(-1);
  });

  it('draws blocked steps red wherever they are, the current one highlighted', () => {
    expect(stepTone(step(1, 'BLOCKED'), false)).toBe('blocked');
    expect(stepTone(step(1, 'BLOCKED'), true)).toBe('blocked');
    expect(stepTone(step(1, 'IN_REVIEW'), true)).toBe('current');
    expect(stepTone(step(1, 'PENDING'), false)).toBe('pending');
    expect(stepTone(step(1, 'PASSED'), false)).toBe('passed');
    expect(stepTone(step(1, 'SKIPPED'), false)).toBe('skipped');
  });

  it('calls a step late when it sits longer than it usually takes', () => {
    expect(stepLate(step(1, 'IN_REVIEW', { daysInStatus: 5, typicalDays: 3 }))).toBe(true);
    expect(stepLate(step(1, 'IN_REVIEW', { daysInStatus: 3, typicalDays: 3 }))).toBe(false);
    expect(stepLate(step(1, 'PASSED', { daysInStatus: 9, typicalDays: 3 }))).toBe(false);
    expect(stepLate(step(1, 'PENDING', { daysInStatus: 9, typicalDays: 0 }))).toBe(false);
  });
});

const money = (amount: string) => ({ amount, currency: 'CNY' });
const milestone = (
  due: string,
  status: ContractMilestone['status'],
  extra: Partial<ContractMilestone> = {},
): ContractMilestone => ({
  id: `m-${due}`,
  kind: 'ON_DELIVERY',
  site: null,
  due,
  status,
  amount: money('100.00'),
  paid: money('0.00'),
  open: money('100.00'),
  evidence: [],
  ...extra,
});
type Collection = WarRoomContract['collection'];
const collection = (extra: Partial<Collection> = {}): Collection => ({
  currency: 'CNY',
  paid: '0.00',
  open: '0.00',
  overdue: '0.00',
  overdueMilestones: 0,
  nextDue: null,
  evidenceChecked: 0,
  evidenceRequired: 0,
  ...extra,
});
const contract = (
  milestones: ContractMilestone[],
  figures: Collection,
  amount: string | null = '1000.00',
  extra: Partial<WarRoomContract> = {},
): WarRoomContract => ({
  id: 'c1',
  title: 'Core network',
  kind: 'NEW',
  signedAt: '2026-01-10',
  currency: 'CNY',
  amount: amount === null ? null : money(amount),
  collection: figures,
  milestones,
  ...extra,
});

describe('contract summary', () => {
  it("shows the API's figures for the contract, summing nothing in the browser", () => {
    const summary = contractSummary(
      contract(
        [
          milestone('2026-02-01', 'PAID'),
          milestone('2026-05-01', 'OVERDUE'),
          milestone('2026-07-01', 'PLANNED'),
          milestone('2026-09-01', 'PLANNED'),
        ],
        collection({
          paid: '400.15',
          open: '599.85',
          overdue: '300.15',
          overdueMilestones: 1,
          nextDue: '2026-07-01',
          evidenceChecked: 1,
          evidenceRequired: 2,
        }),
      ),
    );
    expect(summary).toMatchObject({
      amount: 1000,
      paid: 400.15,
      open: 599.85,
      overdue: 300.15,
      milestones: 4,
      paidMilestones: 1,
      overdueMilestones: 1,
      nextDue: '2026-07-01',
      evidenceChecked: 1,
      evidenceRequired: 2,
    });
    expect(collectedShare(summary)).toBeCloseTo(0.40015, 5);
  });

  it('keeps amounts hidden from the role but still counts milestones', () => {
    const summary = contractSummary(
      contract(
        [milestone('2026-05-01', 'OVERDUE'), milestone('2026-08-01', 'PLANNED')],
        collection({
          paid: null,
          open: null,
          overdue: null,
          overdueMilestones: 1,
          nextDue: '2026-08-01',
        }),
        null,
      ),
    );
    expect(summary).toMatchObject({
      amount: null,
      paid: null,
      open: null,
      overdue: null,
      overdueMilestones: 1,
      nextDue: '2026-08-01',
    });
    expect(collectedShare(summary)).toBeNull();
  });

  it('handles a contract without a payment plan', () => {
    const summary = contractSummary(contract([], collection()));
    expect(summary).toMatchObject({ paid: 0, open: 0, overdue: 0, milestones: 0, nextDue: null });
    expect(collectedShare(summary)).toBeNull();
  });

  it('lists contracts with overdue money first', () => {
    const calm = contract(
      [milestone('2026-08-01', 'PLANNED')],
      collection({ open: '900.00' }),
      '900.00',
      {
        id: 'calm',
      },
    );
    const late = contract(
      [milestone('2026-05-01', 'OVERDUE')],
      collection({ open: '100.00', overdue: '100.00', overdueMilestones: 1 }),
      '100.00',
      { id: 'late' },
    );
    expect(contractOrder([calm, late]).map((row) => row.contract.id)).toEqual(['late', 'calm']);
  });
});

const plan = (id: string, period: string, updatedAt = '2026-01-01T00:00:00Z'): WarRoomPlan => ({
  id,
  period,
  currency: 'CNY',
  strategy: null,
  relationshipStage: null,
  riskMargin: 3,
  updatedAt,
  target: null,
  milestones: [],
});

describe('account plan', () => {
  const now = new Date('2026-05-20T08:00:00Z');

  it('picks the plan whose period began last', () => {
    const plans = [plan('y25', '2025'), plan('y26', '2026'), plan('q2', '2026-Q2')];
    expect(pickLatestPlan(plans, now)?.id).toBe('q2');
  });

  it('ignores future plans while one is running, and takes the soonest when none is', () => {
    expect(pickLatestPlan([plan('y26', '2026'), plan('y27', '2027')], now)?.id).toBe('y26');
    expect(pickLatestPlan([plan('y28', '2028'), plan('y27', '2027')], now)?.id).toBe('y27');
    expect(pickLatestPlan([], now)).toBeNull();
  });

  it('breaks a tie by the latest update', () => {
    const plans = [
      plan('old', '2026', '2026-01-01T00:00:00Z'),
      plan('new', '2026', '2026-03-01T00:00:00Z'),
    ];
    expect(pickLatestPlan(plans, now)?.id).toBe('new');
  });

  it('reads a milestone as done, overdue or open', () => {
    const m = { id: 'm', task: 't', position: 1, floorTarget: null, owner: null };
    expect(planMilestoneState({ ...m, due: '2026-05-01', done: true }, '2026-05-20')).toBe('done');
    expect(planMilestoneState({ ...m, due: '2026-05-01', done: false }, '2026-05-20')).toBe(
      'overdue',
    );
    expect(planMilestoneState({ ...m, due: '2026-05-20', done: false }, '2026-05-20')).toBe('open');
  });
});

const contact = (id: string, influence: number, extra: Partial<KeyContact> = {}): KeyContact => ({
  id,
  name: id,
  title: null,
  level: 'DECISION',
  influence,
  stance: 'NEUTRAL',
  buyingRoles: [],
  orgUnit: null,
  relationshipOwner: null,
  ...extra,
});

describe('key contacts', () => {
  it('merges the four lists once each, most influential first', () => {
    const ceo = contact('ceo', 5, { level: 'EXECUTIVE' });
    const cto = contact('cto', 4, { buyingRoles: ['DECISION_MAKER'] });
    const buyer = contact('buyer', 4, { buyingRoles: ['ECONOMIC_BUYER'] });
    const merged = mergeKeyContacts({
      relationshipCoverage: null,
      decisionMakers: { nodes: [cto] },
      economicBuyers: { nodes: [buyer, cto] },
      executives: { nodes: [ceo] },
      decisionLevel: { nodes: [cto, buyer] },
    });
    expect(merged.map((c) => c.id)).toEqual(['ceo', 'cto', 'buyer']);
    expect(
      mergeKeyContacts(
        {
          relationshipCoverage: null,
          decisionMakers: { nodes: [cto] },
          economicBuyers: { nodes: [buyer] },
          executives: { nodes: [ceo] },
          decisionLevel: { nodes: [] },
        },
        2,
      ),
    ).toHaveLength(2);
  });

  it('keeps only decision and executive level people among the uncovered', () => {
    const uncovered = uncoveredDecisionContacts({
      unitsTotal: 0,
      unitsCovered: 0,
      unitCoverage: 0,
      decisionContactsTotal: 0,
      decisionContactsCovered: 0,
      decisionCoverage: 0,
      contactsTotal: 3,
      contactsCovered: 0,
      uncoveredUnits: [],
      risingStarsWithoutOwner: [],
      highInfluenceOpponents: [],
      uncoveredContacts: [
        { id: 'a', name: 'A', title: null, level: 'EXECUTIVE' },
        { id: 'b', name: 'B', title: null, level: 'OPERATIONAL' },
        { id: 'c', name: 'C', title: null, level: 'DECISION' },
      ],
    });
    expect(uncovered.map((c) => c.id)).toEqual(['a', 'c']);
  });
});

describe('timeline', () => {
  const entry = (id: string, kind: TimelineEntry['kind'] = 'ACTIVITY'): TimelineEntry => ({
    id,
    kind,
    at: '2026-05-01T00:00:00Z',
    actor: null,
    activity: null,
    stageChange: null,
    claimAttempt: null,
    feedback: null,
    task: null,
    paymentMilestone: null,
    escalation: null,
    contract: null,
    risk: null,
  });

  it('joins the loaded pages newest first, each entry once', () => {
    const page = (nodes: TimelineEntry[]) => ({
      totalCount: 3,
      pageInfo: { hasNextPage: false, endCursor: null },
      nodes,
    });
    const flat = flattenTimeline([
      page([entry('1'), entry('2')]),
      null,
      page([entry('2'), entry('2', 'STAGE_CHANGE'), entry('3')]),
    ]);
    expect(flat.map((e) => `${e.kind}:${e.id}`)).toEqual([
      'ACTIVITY:1',
      'ACTIVITY:2',
      'STAGE_CHANGE:2',
      'ACTIVITY:3',
    ]);
  });
});

describe('shownMilestones', () => {
  const site = (n: number, status: string) => ({
    due: `2026-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
    status,
    n,
  });

  it('shows every milestone of a small contract, by due date', () => {
    const ms = [site(3, 'PLANNED'), site(1, 'PAID')];
    expect(shownMilestones(ms)).toEqual({ shown: [ms[1], ms[0]], hidden: 0 });
  });

  it('keeps a contract of many sites to a few chips, those needing attention first', () => {
    const ms = Array.from({ length: 46 }, (_, i) =>
      site(i, i === 40 ? 'OVERDUE' : i === 41 ? 'INVOICED' : 'PLANNED'),
    );
    const { shown, hidden } = shownMilestones(ms, 12);
    expect(shown).toHaveLength(12);
    expect(hidden).toBe(34);
    expect(shown.map((m) => m.status)).toContain('OVERDUE');
    expect(shown.map((m) => m.status)).toContain('INVOICED');
    const dues = shown.map((m) => m.due);
    expect(dues).toEqual([...dues].sort());
  });
});
