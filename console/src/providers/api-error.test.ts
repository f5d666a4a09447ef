import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { apiError, errorKeys } from './api-error';

describe('refusals in the user’s language', () => {
  it('explains a refusal by its reason first, then by its code, then generally', () => {
    const refused = new HttpError('This escalation closes by itself…', 409, {
      code: 'CONFLICT',
      reason: 'RESOLVES_ITSELF',
    });
    expect(errorKeys(apiError(refused))).toEqual([
      'trident.errors.reasons.RESOLVES_ITSELF',
      'trident.errors.codes.CONFLICT',
      'trident.errors.unknown',
    ]);
    expect(errorKeys(apiError(new Error('Failed to fetch')))).toEqual(['trident.errors.unknown']);
  });
});
