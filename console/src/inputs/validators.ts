import { regex } from 'react-admin';
import { REGISTRATION_NO_PATTERN } from '@trident/domain';

/*
 * Format rules with a message that says what is expected, in the app's language.
 * react-admin's own 'ra.validation.regex' prints the pattern object ("[object Object]").
 */

/** An ISO 4217 currency code: CNY, USD, EUR. */
export const currencyCode = regex(/^[A-Z]{3}$/, 'trident.validation.currency');

/** A funnel stage's code: capitals, digits and underscores, starting with a capital. */
export const stageCode = regex(/^[A-Z][A-Z0-9_]*$/, 'trident.validation.stage_code');

/** A company registration number (the unified social credit code is 18 characters). */
export const registrationNo = regex(REGISTRATION_NO_PATTERN, 'trident.validation.registration_no');

/**
 * The end of a range, not before its start (`source` of the start beside it, in the same form):
 * a list filter whose end is before its start stays unapplied and says so at the field, as the
 * API would refuse it (END_BEFORE_START), instead of an emptied list under an error pop-up.
 */
export const notBefore =
  (startSource: string) => (value: unknown, values: Record<string, unknown> | undefined) => {
    const start = values?.[startSource];
    if (typeof value !== 'string' || !value || typeof start !== 'string' || !start)
      return undefined;
    // Days compare as text; instants through their time (zones may differ in how they are written).
    const before =
      value.length === 10 && start.length === 10
        ? value < start
        : new Date(value).getTime() < new Date(start).getTime();
    return before ? 'trident.server.reasons.END_BEFORE_START' : undefined;
  };

/** An amount above zero: a deal or a renewal is worth something, as the API requires. */
export const positiveAmount = (value: unknown) =>
  value === undefined || value === null || value === '' || Number(value) > 0
    ? undefined
    : 'trident.server.reasons.POSITIVE_AMOUNT';
