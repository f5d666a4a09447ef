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
