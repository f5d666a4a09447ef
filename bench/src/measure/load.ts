import autocannon from 'autocannon';
import { latencies, type Latencies } from './stats';

export interface LoadResult extends Latencies {
  rps: number;
  requests: number;
  errors: number;
}

export interface LoadOptions {
  url: string;
  body: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
  /** Fixed offered load (requests/s over all connections); omitted = as fast as it goes. */
  rate?: number;
  /** Per-connection request builder for stateful flows (Q5). */
  requests?: autocannon.Request[];
  /** A 2xx body can still carry GraphQL errors: counted by this check. */
  isError?: (body: string) => boolean;
}

/** Runs autocannon and measures every response's latency itself (exact p95). */
export async function load(options: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  let errors = 0;
  const check = options.isError;
  let instance: autocannon.Instance | undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: options.url,
        method: 'POST',
        headers: options.headers,
        body: options.body,
        connections: options.connections,
        duration: options.seconds,
        overallRate: options.rate,
        requests: options.requests ?? [
          {
            onResponse: (status: number, body: string) => {
              if (status >= 300 || (check && check(body))) errors += 1;
            },
          },
        ],
      },
      (error: unknown, result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance?.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await done;
  return {
    rps: Math.round((times.length / options.seconds) * 10) / 10,
    requests: times.length,
    // Connection errors and timeouts never reach onResponse.
    errors: errors + result.errors + result.timeouts,
    ...latencies(times),
  };
}

export const graphqlError = (body: string): boolean => body.includes('"errors"');
