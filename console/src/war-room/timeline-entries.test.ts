import { describe, expect, it } from 'vitest';
import { entryLine, entryLink, toggleKind } from './timeline-entries';
import type { TimelineEntry } from './war-room-logic';

const base = (kind: TimelineEntry['kind'], over: Partial<TimelineEntry> = {}): TimelineEntry => ({
  id: 'e1',
  kind,
  at: '2026-12-01T10:00:00Z',
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
  ...over,
});

const key = (name: string) => `trident.war_room.timeline_lines.${name}`;

describe('timeline lines', () => {
  it('says what was paid, with the amount only when the caller may see it', () => {
    const milestone = {
      id: 'm1',
      contractId: 'k1',
      kind: 'ON_ACCEPTANCE' as const,
      site: null,
      paid: { amount: '300000.00', currency: 'CNY' },
      contract: { id: 'k1', title: 'Core network 2026' },
    };
    const paid = base('PAYMENT', { paymentMilestone: milestone });
    expect(entryLine(paid)).toEqual({
      key: key('payment'),
      args: { contract: 'Core network 2026', site: '' },
      chip: 'trident.milestone_kinds.ON_ACCEPTANCE',
      money: { amount: '300000.00', currency: 'CNY' },
    });
    expect(entryLink(paid, 'a1')).toBe('/contracts/k1/show');
    // Solution and delivery read null money: the line stays, the amount goes.
    const hidden = base('PAYMENT', {
      paymentMilestone: { ...milestone, site: 'Site 3', paid: null },
    });
    expect(entryLine(hidden)).toMatchObject({ key: key('payment_site'), money: null });
  });

  it('names the contract signed, and its amount where visible', () => {
    const signed = base('CONTRACT', {
      contract: { id: 'k1', title: 'Renewal 2027', kind: 'RENEWAL', amount: null },
    });
    expect(entryLine(signed)).toEqual({
      key: key('contract'),
      args: { title: 'Renewal 2027' },
      chip: 'trident.contract_kinds.RENEWAL',
      money: null,
    });
    expect(entryLink(signed, 'a1')).toBe('/contracts/k1/show');
  });

  it('tells feedback from a survey answer, and opens the feedback in its list', () => {
    const said = base('FEEDBACK', {
      feedback: { id: 'f1', kind: 'NEGATIVE', severity: 'MAJOR', text: 'Slow', surveyScore: null },
    });
    expect(entryLine(said)).toEqual({
      key: key('feedback'),
      args: { text: 'Slow' },
      chip: 'trident.feedback_kinds.NEGATIVE',
    });
    expect(entryLink(said, 'a1')).toBe(
      `/feedbacks?filter=${encodeURIComponent(JSON.stringify({ ids: ['f1'] }))}`,
    );
    const survey = base('FEEDBACK', {
      feedback: { id: 'f2', kind: 'SURVEY', severity: 'MINOR', text: 'Good', surveyScore: 9 },
    });
    expect(entryLine(survey)).toMatchObject({ key: key('survey'), args: { score: 9 } });
  });

  it('gives tasks done, escalations and risks their line and record', () => {
    const done = base('TASK_DONE', {
      task: { id: 't1', title: 'Demo', kind: 'GENERAL', reviewScore: 80 },
    });
    expect(entryLine(done)).toEqual({
      key: key('task_done_scored'),
      args: { title: 'Demo', score: 80 },
    });
    expect(entryLink(done, 'a1')).toBe('/tasks/t1/show');
    const up = base('ESCALATION', {
      escalation: { id: 'x1', summary: 'Overdue', level: 2, status: 'OPEN' },
    });
    expect(entryLine(up)).toEqual({
      key: key('escalation'),
      args: { level: 2, summary: 'Overdue' },
    });
    expect(entryLink(up, 'a1')).toBe('/escalations/x1/show');
    const risk = base('RISK', {
      risk: {
        id: 'r1',
        title: 'CIO leaves',
        source: 'KEY_CONTACT_LEFT',
        exposure: 20,
        status: 'OPEN',
      },
    });
    expect(entryLine(risk)).toEqual({
      key: key('risk'),
      args: { title: 'CIO leaves', exposure: 20 },
      chip: 'trident.risks.sources.KEY_CONTACT_LEFT',
    });
    expect(entryLink(risk, 'a1')).toBe('/accounts/a1/war-room?risk=r1');
  });

  it('opens nothing for a record the caller may not read', () => {
    for (const kind of [
      'FEEDBACK',
      'TASK_DONE',
      'PAYMENT',
      'ESCALATION',
      'CONTRACT',
      'RISK',
    ] as const) {
      expect(entryLine(base(kind))).toBeNull();
      expect(entryLink(base(kind), 'a1')).toBeNull();
    }
    expect(entryLink(base('CLAIM_ATTEMPT'), 'a1')).toBeNull();
  });

  it('opens visits and the deal of a stage move', () => {
    expect(
      entryLink(
        base('ACTIVITY', {
          activity: {
            id: 'v1',
            kind: 'VISIT',
            summary: 's',
            nextSteps: null,
            opportunity: null,
            contacts: [],
          },
        }),
        'a1',
      ),
    ).toBe('/activities/v1/show');
  });
});

describe('timeline kind filter', () => {
  it('turns a kind on and off, keeping the API order', () => {
    expect(toggleKind([], 'RISK')).toEqual(['RISK']);
    expect(toggleKind(['RISK'], 'ACTIVITY')).toEqual(['ACTIVITY', 'RISK']);
    expect(toggleKind(['ACTIVITY', 'RISK'], 'RISK')).toEqual(['ACTIVITY']);
  });
});
