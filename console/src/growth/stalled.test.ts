import { describe, expect, it } from 'vitest';
import { stalledParams, stalledPath } from './stalled';

describe('stalled deals address', () => {
  it('defaults to 30 days, the first page of 25', () => {
    expect(stalledParams(new URLSearchParams())).toEqual({ days: 30, page: 0, perPage: 25 });
  });

  it('reads days, page (from 1 in the address) and a known page size', () => {
    expect(stalledParams(new URLSearchParams('days=60&page=3&perPage=50'))).toEqual({
      days: 60,
      page: 2,
      perPage: 50,
    });
  });

  it('ignores what is not a positive whole number or an offered page size', () => {
    expect(stalledParams(new URLSearchParams('days=-4&page=x&perPage=999'))).toEqual({
      days: 30,
      page: 0,
      perPage: 25,
    });
    expect(stalledParams(new URLSearchParams('days=99999')).days).toBe(3650);
  });

  it('links to a number of days', () => {
    expect(stalledPath()).toBe('/stalled-deals?days=30');
    expect(stalledPath(14)).toBe('/stalled-deals?days=14');
  });
});
