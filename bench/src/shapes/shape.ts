import type { Pool } from 'pg';

/** What the bench learnt about the data set before the run (ids, tokens, a region). */
export interface BenchParams {
  salesUserId: string;
  salesToken: string;
  biToken: string;
  largestAccountId: string;
  region: string;
  quarter: string;
  quarterFrom: string;
  quarterTo: string;
}

export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
  /** Bearer credential (Trident only: the PostGraphile peer runs without auth). */
  token?: string;
}

/** One query shape, as each of the three peers asks it. */
export interface ReadShape {
  id: 'Q1' | 'Q2' | 'Q4' | 'Q6a' | 'Q6b';
  title: string;
  trident(params: BenchParams): GraphqlRequest;
  postgraphile(params: BenchParams): GraphqlRequest;
  /** The hand-written SQL answer (the limit); absent where no SQL peer makes sense. */
  sql?(pool: Pool, params: BenchParams): Promise<unknown>;
}
