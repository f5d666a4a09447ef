import { describe, expect, it } from 'vitest';
import {
  cadenceDaysError,
  cadenceDaysValue,
  cadenceTexts,
  changedCadences,
  daysSince,
  formatAgo,
} from './rhythm';

const now = new Date(2026, 11, 10, 15, 0);

describe('last contact in words', () => {
  it('counts calendar days, not 24-hour spans', () => {
    expect(daysSince(new Date(2026, 11, 9, 23, 0).toISOString(), now)).toBe(1);
    expect(daysSince(new Date(2026, 11, 10, 1, 0).toISOString(), now)).toBe(0);
  });

  it('says days, then months, then years, in the chosen language', () => {
    expect(formatAgo(new Date(2026, 11, 10).toISOString(), 'en', now)).toBe('today');
    expect(formatAgo(new Date(2026, 11, 9).toISOString(), 'en', now)).toBe('yesterday');
    expect(formatAgo(new Date(2026, 11, 1).toISOString(), 'en', now)).toBe('9 days ago');
    expect(formatAgo(new Date(2026, 8, 10).toISOString(), 'en', now)).toBe('3 months ago');
    expect(formatAgo(new Date(2024, 11, 10).toISOString(), 'en', now)).toBe('2 years ago');
    expect(formatAgo(new Date(2026, 11, 1).toISOString(), 'zh', now)).toBe('9天前');
    expect(formatAgo(new Date(2026, 11, 9).toISOString(), 'zh', now)).toBe('昨天');
  });

  it('has nothing to say when the contact was never met', () => {
    expect(formatAgo(null, 'en', now)).toBeNull();
    expect(formatAgo(undefined, 'zh', now)).toBeNull();
  });
});

describe('cadence on the admin page', () => {
  it('takes blank as none and whole days 1–730', () => {
    expect(cadenceDaysError('')).toBeNull();
    expect(cadenceDaysError('  ')).toBeNull();
    expect(cadenceDaysError('1')).toBeNull();
    expect(cadenceDaysError('730')).toBeNull();
    expect(cadenceDaysError('0')).toBe('trident.rhythm.cadence.range');
    expect(cadenceDaysError('731')).toBe('trident.rhythm.cadence.range');
    expect(cadenceDaysError('7.5')).toBe('trident.rhythm.cadence.whole_days');
    expect(cadenceDaysError('-3')).toBe('trident.rhythm.cadence.whole_days');
    expect(cadenceDaysError('abc')).toBe('trident.rhythm.cadence.whole_days');
  });

  it('sends blank as null (removes the cadence) and digits as a number', () => {
    expect(cadenceDaysValue('')).toBeNull();
    expect(cadenceDaysValue(' 30 ')).toBe(30);
  });

  it('fills every level, blank where none is set, and saves only what changed', () => {
    const saved = cadenceTexts([
      { key: 'EXECUTIVE', days: 90 },
      { key: 'RISING_STAR', days: 60 },
    ]);
    expect(saved).toEqual({
      EXECUTIVE: '90',
      DECISION: '',
      MANAGEMENT: '',
      OPERATIONAL: '',
      FRONTLINE: '',
      RISING_STAR: '60',
    });
    expect(changedCadences(saved, { ...saved, DECISION: '30', RISING_STAR: '' })).toEqual([
      'DECISION',
      'RISING_STAR',
    ]);
    expect(changedCadences(saved, { ...saved, EXECUTIVE: ' 90 ' })).toEqual([]);
  });
});
