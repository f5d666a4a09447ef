import { MAX_PAGE_SIZE } from '@trident/domain';
import { badInput } from '../../common/app-error';

/**
 * The page of a list that takes `first` and `offset` as arguments of its own (not PageArgs),
 * refused as PageArgs' own rules and the literal check refuse it (`AT_LEAST` / `AT_MOST`), so a
 * page size says the same whether it came as a variable or written in the document.
 */
export function requirePageBounds(first: number, offset = 0, max = MAX_PAGE_SIZE): void {
  if (first < 1) throw badInput('first', 'AT_LEAST', { min: 1 });
  if (first > max) throw badInput('first', 'AT_MOST', { max });
  if (offset < 0) throw badInput('offset', 'AT_LEAST', { min: 0 });
}
