import { IsDefined, ValidateIf } from 'class-validator';

/**
 * For an input field that may be left out (unchanged, or the default) but not set to null,
 * because what it sets cannot be empty. `@IsOptional()` would let null through to the
 * service or the database; this skips validation only when the field is absent.
 */
export function OmitOrSet(): PropertyDecorator {
  return (target, property) => {
    ValidateIf((_object: unknown, value: unknown) => value !== undefined)(target, property);
    IsDefined({ message: `${String(property)} must not be null` })(target, property);
  };
}
