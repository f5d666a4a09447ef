import { badInput } from './app-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string) => UUID.test(value);

/** Ids are uuids: anything else is bad input, caught before it reaches SQL. */
export function requireUuid(field: string, value: string): string {
  if (!isUuid(value)) throw badInput(field, 'NOT_AN_ID');
  return value;
}
