/** The adapter over the console's resources, shaped for the tests of their mapping. */
import { createAdapter, type FetchType, type Row } from '../providers/adapter';
import { RESOURCE_DATA } from './resource-data';

const { buildOperation } = createAdapter(RESOURCE_DATA);

export function buildQuery(fetchType: FetchType, resource: string, params: Row) {
  const { document, variables, parse } = buildOperation(fetchType, resource, params);
  return { query: document, variables, parseResponse: ({ data }: { data: Row }) => parse(data) };
}
