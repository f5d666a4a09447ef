import { registrationNoKey } from '@trident/domain';
import { badInput } from '../../common/app-error';

/**
 * The registration number to store and compare: its key (`registrationNoKey`: upper case,
 * without hyphens or spaces). Without it a hyphen made a second registration of the same legal
 * company, which first registration must win (DESIGN §2). `undefined` (not given) and `null`
 * (cleared) pass through.
 */
export function normalizeRegistrationNo<T extends string | null | undefined>(value: T): T {
  if (value === undefined || value === null) return value;
  const key = registrationNoKey(value);
  if (!key) throw badInput('registrationNo', 'REGISTRATION_NO_FORM');
  return key as T;
}
