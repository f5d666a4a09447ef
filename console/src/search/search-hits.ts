import type { SearchKind, SearchQuery } from '../gql/graphql';

export type SearchHit = SearchQuery['search'][number];

/** The longest text the API searches for. */
export const SEARCH_MAX_LENGTH = 100;
/** How many of each kind the box shows. */
export const SEARCH_PER_KIND = 5;

/** The order of the groups: customers first, then people, deals and contracts. */
export const SEARCH_KINDS: readonly SearchKind[] = [
  'ACCOUNT',
  'CONTACT',
  'OPPORTUNITY',
  'CONTRACT',
];

const RESOURCE: Record<SearchKind, string> = {
  ACCOUNT: 'accounts',
  CONTACT: 'contacts',
  OPPORTUNITY: 'opportunities',
  CONTRACT: 'contracts',
};

/** The page a hit opens: the record of its kind. */
export const searchHitPath = (hit: Pick<SearchHit, 'kind' | 'id'>) =>
  `/${RESOURCE[hit.kind]}/${hit.id}/show`;

/** The hits grouped by kind in SEARCH_KINDS order (the box's keyboard order is this order). */
export const groupedHits = (hits: readonly SearchHit[]): SearchHit[] =>
  SEARCH_KINDS.flatMap((kind) => hits.filter((hit) => hit.kind === kind));

/** Text worth sending: trimmed, not blank, no longer than the API takes. */
export function searchText(input: string): string | null {
  const text = input.trim().slice(0, SEARCH_MAX_LENGTH);
  return text ? text : null;
}
