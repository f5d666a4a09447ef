import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { consoleSources } from '../console-sources';
import { notBefore, positiveAmount } from './validators';

describe('the end of a range', () => {
  it('may not come before its start, for days and for instants', () => {
    const end = notBefore('from');
    expect(end('2026-03-01', { from: '2026-03-02' })).toBe(
      'trident.server.reasons.END_BEFORE_START',
    );
    expect(end('2026-03-02', { from: '2026-03-02' })).toBeUndefined();
    expect(end('2026-03-02T00:00:00.000Z', { from: '2026-03-02T08:00:00+08:00' })).toBeUndefined();
    expect(end('2026-03-01T23:59:00.000Z', { from: '2026-03-02T08:00:00+08:00' })).toBe(
      'trident.server.reasons.END_BEFORE_START',
    );
    // Either end alone is no range.
    expect(end('2026-03-01', {})).toBeUndefined();
    expect(end(null, { from: '2026-03-02' })).toBeUndefined();
  });

  it('is checked at every range input of the console (xFrom/xTo, from/to)', () => {
    const unchecked: string[] = [];
    for (const [file, text] of consoleSources()) {
      for (const match of text.matchAll(/<(\w+Input)\b[^>]*?source="(to|\w+To)"[^>]*?\/>/gs)) {
        const start = match[2] === 'to' ? 'from' : match[2]!.replace(/To$/, 'From');
        if (!text.includes(`source="${start}"`)) continue;
        if (!match[0].includes(`notBefore('${start}')`))
          unchecked.push(`${path.relative(__dirname, file)}: ${match[2]}`);
      }
    }
    expect(unchecked).toEqual([]);
  });
});

describe('an amount a deal or a renewal is worth', () => {
  it('is above zero, as the API requires; an empty field is left to required()', () => {
    for (const nothing of [0, '0', '0.00', -5]) {
      expect(positiveAmount(nothing)).toBe('trident.server.reasons.POSITIVE_AMOUNT');
    }
    for (const something of [0.01, '1200000', 5]) expect(positiveAmount(something)).toBeUndefined();
    expect(positiveAmount(undefined)).toBeUndefined();
    expect(positiveAmount('')).toBeUndefined();
  });
});
