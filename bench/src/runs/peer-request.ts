import type { RunningPeer } from '../servers';
import type { GraphqlRequest } from '../shapes';

/** How a shape's request is sent to a peer: GraphQL for two of them, a route for SQL. */
export function httpRequest(
  peer: RunningPeer,
  graphql: GraphqlRequest | null,
  sqlRoute: string,
  sqlBody: object = {},
): { url: string; body: string; headers: Record<string, string> } {
  if (peer.name === 'sql')
    return {
      url: `${peer.url}/${sqlRoute}`,
      body: JSON.stringify(sqlBody),
      headers: { 'content-type': 'application/json' },
    };
  if (!graphql) throw new Error(`no GraphQL request for ${peer.name}`);
  return {
    url: `${peer.url}/graphql`,
    body: JSON.stringify({ query: graphql.query, variables: graphql.variables ?? {} }),
    headers: {
      'content-type': 'application/json',
      ...(graphql.token ? { authorization: `Bearer ${graphql.token}` } : {}),
    },
  };
}

/**
 * Sent with `accept-encoding: identity`, as autocannon sends every other shape: fetch would ask
 * for brotli, which Trident gives and PostGraphile's grafserv and the SQL peer do not, so the
 * extract would time Trident's zlib on loopback, where bytes cost nothing (the cost of
 * compression is measured on its own: docs/benchmarks.md, item 20).
 */
export async function send(request: ReturnType<typeof httpRequest>): Promise<string> {
  const res = await fetch(request.url, {
    method: 'POST',
    headers: { ...request.headers, 'accept-encoding': 'identity' },
    body: request.body,
  });
  return res.text();
}
