import { describe, expect, it } from 'vitest';
import { moreChoices } from './more-choices';

describe('a picker that offers some of many records', () => {
  it('says how many it shows of how many, unless it has help of its own or shows them all', () => {
    const page = { isFromReference: true, allChoices: new Array(25).fill({}), total: 85 };
    expect(moreChoices(undefined, page)).toEqual({ shown: 25, total: 85 });
    expect(moreChoices('Must be on the team', page)).toBeUndefined();
    expect(moreChoices(false, page)).toBeUndefined();
    expect(moreChoices(undefined, { ...page, total: 25 })).toBeUndefined();
    expect(moreChoices(undefined, { ...page, isFromReference: false })).toBeUndefined();
    expect(moreChoices(undefined, { ...page, allChoices: [], total: 0 })).toBeUndefined();
  });
});
