import { BANT_ITEMS, type BantItem } from '@trident/domain';

/** Where each BANT item lives on a lead: `budget`, `authority`, `need`, `timing`. */
export const bantKey = (item: BantItem) => item.toLowerCase() as Lowercase<BantItem>;

export const BANT_KEYS = BANT_ITEMS.map(bantKey);
