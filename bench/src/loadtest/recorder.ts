import { latencies, type Latencies } from '../measure/stats';

export type OperationKind = 'read' | 'write';

/** A GraphQL answer as a client sees it: the data, or the first error's code. */
export type Outcome<T> =
  | { ok: true; data: T }
  | { ok: false; code: string; message: string; extensions: Record<string, unknown> };

/**
 * Names an expected refusal (a lost version race, an overpayment refused while another
 * payer settled the milestone), or null when the failure is a real error.
 */
export type Expectation = (failure: Extract<Outcome<unknown>, { ok: false }>) => string | null;

interface OperationStats {
  kind: OperationKind;
  requests: number;
  ok: number;
  /** Refusals the workload provokes on purpose, by label. */
  expected: Record<string, number>;
  /** Real errors, by code. */
  errors: Record<string, number>;
  times: number[];
  firstError?: string;
}

export interface OperationReport extends Latencies {
  operation: string;
  kind: OperationKind;
  requests: number;
  ok: number;
  expected: Record<string, number>;
  errors: Record<string, number>;
  first_error?: string;
}

/** Requests, outcomes and latencies per operation, shared by every virtual user. */
export class Recorder {
  private readonly stats = new Map<string, OperationStats>();

  record(
    operation: string,
    kind: OperationKind,
    ms: number,
    outcome: Outcome<unknown>,
    expect?: Expectation,
  ): void {
    let s = this.stats.get(operation);
    if (!s) {
      s = { kind, requests: 0, ok: 0, expected: {}, errors: {}, times: [] };
      this.stats.set(operation, s);
    }
    s.requests += 1;
    s.times.push(ms);
    if (outcome.ok) {
      s.ok += 1;
      return;
    }
    const label = expect?.(outcome) ?? null;
    if (label) {
      s.expected[label] = (s.expected[label] ?? 0) + 1;
    } else {
      s.errors[outcome.code] = (s.errors[outcome.code] ?? 0) + 1;
      s.firstError ??= `${outcome.code}: ${outcome.message}`.slice(0, 300);
    }
  }

  /** An integrity violation seen by a client (e.g. a retried key booked twice). */
  violation(operation: string, message: string): void {
    const s = this.stats.get(operation);
    if (s) {
      s.errors.INTEGRITY = (s.errors.INTEGRITY ?? 0) + 1;
      s.firstError ??= `INTEGRITY: ${message}`;
    }
  }

  report(): OperationReport[] {
    return [...this.stats.entries()]
      .map(([operation, s]) => ({
        operation,
        kind: s.kind,
        requests: s.requests,
        ok: s.ok,
        expected: s.expected,
        errors: s.errors,
        ...latencies(s.times),
        ...(s.firstError ? { first_error: s.firstError } : {}),
      }))
      .sort((a, b) =>
        a.kind === b.kind ? a.operation.localeCompare(b.operation) : a.kind === 'read' ? -1 : 1,
      );
  }
}

/**
 * Where each request goes: one API, or several taken in turn per request (a load balancer
 * without stickiness, so a token signed by one process is checked by the others).
 */
export class Balancer {
  private turn = 0;
  constructor(private readonly urls: readonly string[]) {
    if (!urls.length) throw new Error('no API to send requests to');
  }
  next(): string {
    const url = this.urls[this.turn % this.urls.length]!;
    this.turn += 1;
    return url;
  }
}

/** One user's session against the API: a bearer token and every answer recorded. */
export class Session {
  constructor(
    private readonly apis: Balancer,
    readonly token: string,
    private readonly recorder: Recorder | null,
  ) {}

  /** Sends one GraphQL request; `expect` names the refusals the caller provokes on purpose. */
  async call<T>(
    operation: string,
    kind: OperationKind,
    query: string,
    variables: Record<string, unknown> = {},
    expect?: Expectation,
  ): Promise<Outcome<T>> {
    const t0 = performance.now();
    const outcome = await this.send<T>(query, variables);
    this.recorder?.record(operation, kind, performance.now() - t0, outcome, expect);
    return outcome;
  }

  private async send<T>(query: string, variables: Record<string, unknown>): Promise<Outcome<T>> {
    let res: Response;
    try {
      res = await fetch(`${this.apis.next()}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
        body: JSON.stringify({ query, variables }),
      });
    } catch (error) {
      return { ok: false, code: 'NETWORK', message: String(error), extensions: {} };
    }
    const text = await res.text();
    let body: {
      data?: T | null;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      return { ok: false, code: `HTTP_${res.status}`, message: text.slice(0, 200), extensions: {} };
    }
    const error = body.errors?.[0];
    if (error) {
      const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'UNKNOWN';
      return { ok: false, code, message: error.message, extensions: error.extensions ?? {} };
    }
    if (!res.ok || !body.data) {
      return { ok: false, code: `HTTP_${res.status}`, message: text.slice(0, 200), extensions: {} };
    }
    return { ok: true, data: body.data };
  }
}

/** Signs in (not recorded: every run starts with the same logins). */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      variables: { e: email, p: password },
    }),
  });
  const body = (await res.json()) as { data?: { login: { token: string } }; errors?: unknown };
  if (!body.data) throw new Error(`login ${email}: ${JSON.stringify(body.errors)}`);
  return body.data.login.token;
}
