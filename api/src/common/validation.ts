import { fillReason, INPUT_REASONS, type InputReason } from '@trident/domain';
import { IsDefined, Matches, ValidateIf } from 'class-validator';

/**
 * A pattern whose refusal carries a reason of the shared catalogue (the error mapper reads
 * it from the constraint's context), so the console can say it in the user's language.
 */
export const MatchesReason = (pattern: RegExp, reason: InputReason) =>
  Matches(pattern, { message: fillReason(INPUT_REASONS[reason], {}), context: { reason } });

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
export const NotBlank = () => MatchesReason(/\S/, 'BLANK');

/** A decimal amount that is zero or more (the Decimal scalar has checked its form). */
export const NotNegative = () => MatchesReason(/^\d/, 'NEGATIVE');

/** What an ISO 4217 code looks like; the inputs that declare it and every `currency` argument. */
export const CURRENCY_CODE = /^[A-Z]{3}$/;
export const IsCurrencyCode = () => MatchesReason(CURRENCY_CODE, 'CURRENCY_CODE');
