import { describe, expect, it } from 'vitest';
import { dashboardWidgets, periodChoices } from './dashboard-widgets';

describe('dashboard widgets', () => {
  it('gives account managers and managers the pipeline widgets and the matrix', () => {
    expect(dashboardWidgets(['SALES'])).toEqual(['funnel', 'coverage', 'diagnosis', 'matrix']);
    expect(dashboardWidgets(['MANAGER'])).toEqual(['funnel', 'coverage', 'diagnosis', 'matrix']);
  });

  it('gives the other people only the account matrix', () => {
    expect(dashboardWidgets(['TECHNICAL'])).toEqual(['matrix']);
    expect(dashboardWidgets(['DELIVERY'])).toEqual(['matrix']);
    expect(dashboardWidgets(['FINANCE'])).toEqual(['matrix']);
    expect(dashboardWidgets(['ADMIN'])).toEqual(['matrix']);
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
