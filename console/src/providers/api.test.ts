import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { retryNetworkErrors } from './api';
import { toHttpError } from './data-provider';

describe('retries of typed reads', () => {
  it('shows a GraphQL error at once and retries a network failure twice', () => {
    const forbidden = toHttpError({
      graphQLErrors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }],
    });
    expect(retryNetworkErrors(0, forbidden)).toBe(false);
    expect(retryNetworkErrors(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(retryNetworkErrors(1, new TypeError('Failed to fetch'))).toBe(true);
    expect(retryNetworkErrors(2, new TypeError('Failed to fetch'))).toBe(false);
    expect(retryNetworkErrors(0, new HttpError('Bad Gateway', 502))).toBe(true);
  });
});
