import { describe, expect, it } from 'vitest';
import { groupedHits, searchHitPath, searchText, type SearchHit } from './search-hits';

const hit = (kind: SearchHit['kind'], id: string): SearchHit => ({
  kind,
  id,
  name: id,
  detail: null,
  accountId: 'a',
  accountName: 'A',
});

describe('search hits', () => {
  it('groups hits by kind, customers first, keeping the API’s order within a kind', () => {
    const hits = [
      hit('CONTRACT', 'k1'),
      hit('ACCOUNT', 'a1'),
      hit('CONTACT', 'c1'),
      hit('ACCOUNT', 'a2'),
    ];
    expect(groupedHits(hits).map((h) => h.id)).toEqual(['a1', 'a2', 'c1', 'k1']);
  });

  it('opens each hit as the record of its kind', () => {
    expect(searchHitPath(hit('OPPORTUNITY', 'o1'))).toBe('/opportunities/o1/show');
    expect(searchHitPath(hit('CONTACT', 'c1'))).toBe('/contacts/c1/show');
  });

  it('sends nothing blank and nothing longer than the API takes', () => {
    expect(searchText('   ')).toBeNull();
    expect(searchText(' 移动 ')).toBe('移动');
    expect(searchText('x'.repeat(150))).toHaveLength(100);
  });
});
