import { IsDefined, Matches, ValidateIf } from 'class-validator';

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

/** Text with something in it: not only spaces. (The field's name is added by the error mapper.) */
export const NotBlank = () => Matches(/\S/, { message: 'must not be blank' });

/** A decimal amount that is zero or more (the Decimal scalar has checked its form). */
export const NotNegative = () => Matches(/^\d/, { message: 'must not be negative' });

/** An ISO 4217 currency code: three capital letters. */
export const IsCurrencyCode = () =>
  Matches(/^[A-Z]{3}$/, { message: 'must be a three-letter ISO 4217 code such as CNY' });
