import { MAX_PAGE_SIZE } from '@trident/domain';

/**
 * The page size of a reference picked from a plain select (stages, our internal resources):
 * every choice, where react-admin would fetch 25 and leave the rest out of reach. Lists that
 * grow with a customer (people, departments, plans) are searched instead (AutocompleteInput).
 */
export const WHOLE_LIST = MAX_PAGE_SIZE;
