import { PROCESS_KINDS } from '@trident/domain';
import type { ChainTemplatesQuery } from '../gql/graphql';

export type RunTemplate = ChainTemplatesQuery['processTemplates']['nodes'][number];

/**
 * The processes a deal can start, the account's own first (they name this customer's
 * people), then the global patterns; each group in process order (need → acceptance),
 * then by name.
 */
export function orderRunTemplates(templates: readonly RunTemplate[]): RunTemplate[] {
  const kind = (t: RunTemplate) => PROCESS_KINDS.indexOf(t.kind);
  return [...templates].sort(
    (a, b) =>
      Number(a.accountId === null) - Number(b.accountId === null) ||
      kind(a) - kind(b) ||
      a.name.localeCompare(b.name),
  );
}
