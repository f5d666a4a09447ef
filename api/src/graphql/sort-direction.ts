import { registerEnumType } from 'type-graphql';

export type SortDirection = 'ASC' | 'DESC';
export const SortDirectionEnum = { ASC: 'ASC', DESC: 'DESC' } as const;
registerEnumType(SortDirectionEnum, { name: 'SortDirection' });
