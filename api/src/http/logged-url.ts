import { SURVEY_PATH } from './surveys';

/**
 * A request's address as the log may keep it. A survey link's token is its whole secret (only
 * its SHA-256 is stored): in the log, anyone reading it could open and answer the customer's
 * survey. Query strings are left out too, where a client that puts a token (`?token=…`) by
 * mistake would otherwise have it written down.
 */
export function loggedUrl(url: string): string {
  const path = url.split('?', 1)[0]!;
  return path.startsWith(`${SURVEY_PATH}/`) ? `${SURVEY_PATH}/…` : path;
}
