import { badInput } from './app-error';

/**
 * Optional input fields that may be left out (unchanged, or the default) but not set to
 * null, because what they set cannot be empty: an explicit null is bad input. Class-validator's
 * `IsOptional` lets null through, and the service or the database would fail on it later.
 */
export function refuseNull<T extends object>(input: T, fields: readonly (keyof T & string)[]) {
  for (const field of fields) {
    if ((input as Record<string, unknown>)[field] === null)
      throw badInput(field, 'must not be null');
  }
}
