import { describe, expect, it } from 'vitest';
import { changedUnderSameIds, shownRecords } from './selected-record';

describe('shownRecords', () => {
  it('takes the selected record from the choices when they hold it, as react-admin draws it', () => {
    const fromReference = { id: '7', name: 'Old' };
    const fromList = { id: 7, name: 'New' };
    expect(shownRecords([fromReference], [{ id: 1, name: 'A' }, fromList])).toEqual([fromList]);
  });

  it('falls back to the reference read when the choices lack the record, and to none', () => {
    const fromReference = { id: 7, name: 'Only here' };
    expect(shownRecords([fromReference], [{ id: 1 }])).toEqual([fromReference]);
    expect(shownRecords([fromReference], undefined)).toEqual([fromReference]);
    expect(shownRecords(undefined, [{ id: 1 }])).toEqual([]);
  });
});

describe('changedUnderSameIds', () => {
  it('sees a rename of the same record', () => {
    expect(changedUnderSameIds([{ id: 7, name: 'Old' }], [{ id: 7, name: 'New' }])).toBe(true);
    expect(
      changedUnderSameIds([{ id: 7, owner: { name: 'A' } }], [{ id: 7, owner: { name: 'B' } }]),
    ).toBe(true);
  });

  it('does not count another pick, another count of records or the same content', () => {
    expect(changedUnderSameIds([{ id: 7, name: 'A' }], [{ id: 8, name: 'B' }])).toBe(false);
    expect(changedUnderSameIds([], [{ id: 8, name: 'B' }])).toBe(false);
    expect(changedUnderSameIds([{ id: 7, name: 'A' }], [{ id: '7', name: 'A' }])).toBe(false);
  });

  it('ignores fields only one of the two reads selected', () => {
    expect(
      changedUnderSameIds([{ id: 7, name: 'A', stage: 'X' }], [{ id: 7, name: 'A', amount: 3 }]),
    ).toBe(false);
  });
});
