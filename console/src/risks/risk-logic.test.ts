import { describe, expect, it } from 'vitest';
import {
  createRiskInput,
  emptyRiskForm,
  exposureLevel,
  isAutomatic,
  mitigationTaskState,
  rankRisks,
  reviewDue,
  riskForm,
  riskFormErrors,
  updateRiskInput,
  type Risk,
} from './risk-logic';

const risk = (over: Partial<Risk> = {}): Risk => ({
  id: 'r1',
  accountId: 'a1',
  title: 'CIO retires',
  description: null,
  source: 'MANUAL',
  causeId: null,
  likelihood: 3,
  impact: 4,
  exposure: 12,
  ownerId: 'u1',
  owner: { id: 'u1', name: 'Ann' },
  mitigation: null,
  status: 'OPEN',
  reviewDate: '2026-12-20',
  closedAt: null,
  createdAt: '2026-12-01T00:00:00Z',
  version: 1,
  account: { id: 'a1', name: 'Acme' },
  tasks: [],
  ...over,
});

describe('exposure', () => {
  it('colours likelihood × impact as a 5 × 5 heat map', () => {
    expect(exposureLevel(25)).toBe('high');
    expect(exposureLevel(15)).toBe('high');
    expect(exposureLevel(12)).toBe('medium');
    expect(exposureLevel(8)).toBe('medium');
    expect(exposureLevel(6)).toBe('low');
    expect(exposureLevel(1)).toBe('low');
  });

  it('ranks live risks by exposure, then the soonest review; closed ones last', () => {
    const rows = [
      risk({ id: 'low', exposure: 4 }),
      risk({ id: 'closed', exposure: 25, status: 'CLOSED' }),
      risk({ id: 'later', exposure: 16, reviewDate: '2027-01-10' }),
      risk({ id: 'sooner', exposure: 16, reviewDate: '2026-12-15', status: 'MITIGATING' }),
      risk({ id: 'none', exposure: 16, reviewDate: null }),
    ];
    expect(rankRisks(rows).map((r) => r.id)).toEqual(['sooner', 'later', 'none', 'low', 'closed']);
  });

  it('says when a live risk is due for review', () => {
    expect(reviewDue(risk({ reviewDate: '2026-12-10' }), '2026-12-10')).toBe(true);
    expect(reviewDue(risk({ reviewDate: '2026-12-11' }), '2026-12-10')).toBe(false);
    expect(reviewDue(risk({ reviewDate: '2026-12-01', status: 'CLOSED' }), '2026-12-10')).toBe(
      false,
    );
    expect(reviewDue(risk({ reviewDate: null }), '2026-12-10')).toBe(false);
  });

  it('tells hand-entered risks from those the worker raised', () => {
    expect(isAutomatic('MANUAL')).toBe(false);
    expect(isAutomatic('RELATIONSHIP_STALE')).toBe(true);
  });
});

describe('risk form', () => {
  it('needs a title and scores 1–5', () => {
    expect(riskFormErrors(emptyRiskForm())).toEqual({ title: 'ra.validation.required' });
    expect(riskFormErrors({ ...emptyRiskForm(), title: 'x', likelihood: 0, impact: 6 })).toEqual({
      likelihood: 'trident.risks.score_range',
      impact: 'trident.risks.score_range',
    });
    expect(riskFormErrors({ ...emptyRiskForm(), title: 'x'.repeat(201) })).toEqual({
      title: 'trident.risks.too_long',
    });
    expect(riskFormErrors({ ...emptyRiskForm(), title: 'x', reviewDate: '12/20/2026' })).toEqual({
      reviewDate: 'trident.risks.bad_date',
    });
    expect(riskFormErrors({ ...emptyRiskForm(), title: 'x', reviewDate: '2026-12-20' })).toEqual(
      {},
    );
  });

  it('creates with blanks as null', () => {
    expect(createRiskInput('a1', { ...emptyRiskForm(), title: ' Rival bids ', impact: 5 })).toEqual(
      {
        accountId: 'a1',
        title: 'Rival bids',
        description: null,
        likelihood: 3,
        impact: 5,
        ownerId: null,
        mitigation: null,
        reviewDate: null,
      },
    );
  });

  it('updates only what changed', () => {
    const before = risk();
    expect(updateRiskInput(before, riskForm(before))).toEqual({});
    expect(
      updateRiskInput(before, {
        ...riskForm(before),
        status: 'MITIGATING',
        mitigation: ' Meet the successor ',
        reviewDate: '',
        ownerId: '',
      }),
    ).toEqual({
      status: 'MITIGATING',
      mitigation: 'Meet the successor',
      reviewDate: null,
      ownerId: null,
    });
  });

  it('opens the task form on the customer of the risk, linked to it', () => {
    expect(mitigationTaskState(risk())).toEqual({
      record: { accountId: 'a1', riskId: 'r1', riskTitle: 'CIO retires', kind: 'GENERAL' },
    });
  });
});
