import { describe, expect, it } from 'vitest';
import { dashboardWidgets, periodChoices } from './dashboard-widgets';

describe('dashboard widgets', () => {
  it('gives account managers and managers the pipeline widgets and the matrix', () => {
    expect(dashboardWidgets(['SALES'])).toEqual([
      'needsMe',
      'salesDesk',
      'funnel',
      'coverage',
      'diagnosis',
      'stageTime',
      'matrix',
    ]);
    expect(dashboardWidgets(['MANAGER'])).toEqual([
      'managerDesk',
      'funnel',
      'coverage',
      'diagnosis',
      'stageTime',
      'velocity',
      'ackTimes',
      'topRisks',
      'customerVoice',
      'revenue',
      'renewals',
      'matrix',
    ]);
  });

  it("puts what needs the account manager today first, and feedback times on the manager's", () => {
    expect(dashboardWidgets(['SALES'])[0]).toBe('needsMe');
    expect(dashboardWidgets(['SALES'])).not.toContain('ackTimes');
    expect(dashboardWidgets(['MANAGER'])).not.toContain('needsMe');
  });

  it('gives finance the battle map and aging, delivery the missing evidence', () => {
    expect(dashboardWidgets(['FINANCE'])).toEqual(['financeDesk', 'battleMap', 'aging', 'matrix']);
    expect(dashboardWidgets(['DELIVERY'])).toEqual(['deliveryDesk', 'deliveryEvidence', 'matrix']);
  });

  it('shows where deals wait only to roles the access matrix lets read stage times', () => {
    for (const role of ['TECHNICAL', 'DELIVERY', 'FINANCE', 'ADMIN'] as const) {
      expect(dashboardWidgets([role])).not.toContain('stageTime');
      expect(dashboardWidgets([role])).not.toContain('velocity');
    }
    expect(dashboardWidgets(['SALES'])).not.toContain('velocity');
  });

  it('gives every role a desk of its own', () => {
    expect(dashboardWidgets(['TECHNICAL'])).toEqual(['solutionDesk', 'matrix']);
    expect(dashboardWidgets(['ADMIN'])).toEqual(['adminDesk', 'matrix']);
  });

  it('shows nothing to a role without the accounts page', () => {
    expect(dashboardWidgets([])).toEqual([]);
  });
});

describe('period choices', () => {
  it('offers this year, quarter and month, then last year', () => {
    expect(periodChoices(new Date(2026, 10, 25))).toEqual(['2026', '2026-Q4', '2026-11', '2025']);
    expect(periodChoices(new Date(2027, 0, 3))).toEqual(['2027', '2027-Q1', '2027-01', '2026']);
  });
});
