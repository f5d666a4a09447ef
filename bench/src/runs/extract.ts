import { latencies } from '../measure/stats';
import type { WireCounter } from '../measure/wire-counter';
import type { RunningPeer } from '../servers';
import { q3, type BenchParams } from '../shapes';
import type { PeerNumbers } from './reads';
import { httpRequest, send } from './peer-request';

interface Page {
  rows: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

function readPage(peer: RunningPeer, text: string): Page {
  const body = JSON.parse(text) as {
    data?: Record<string, { nodes?: unknown[]; rows?: unknown[]; pageInfo?: Page } & Page>;
    errors?: unknown;
  };
  if (!body.data || body.errors) throw new Error(`${peer.name} Q3 failed: ${text.slice(0, 300)}`);
  const data = body.data;
  if (peer.name === 'sql') {
    const page = data as unknown as {
      rows: unknown[];
      endCursor: string | null;
      hasNextPage: boolean;
    };
    return { rows: page.rows.length, endCursor: page.endCursor, hasNextPage: page.hasNextPage };
  }
  const connection = Object.values(data)[0]!;
  return {
    rows: connection.nodes?.length ?? 0,
    endCursor: connection.pageInfo?.endCursor ?? null,
    hasNextPage: connection.pageInfo?.hasNextPage ?? false,
  };
}

/**
 * Q3 on each peer: one client pages through the whole table as a BI tool does, each page
 * asked after the previous one. Reports rows/s, page latencies, statements per page, and
 * the server's peak RSS during the extract.
 */
export async function runExtract(
  peer: RunningPeer,
  params: BenchParams,
  log: (line: string) => void,
  /** Counting statements (behind the wire counter): stop after this many pages. */
  counting?: { counter: WireCounter; pages: number },
): Promise<PeerNumbers> {
  {
    await peer.reset();
    const times: number[] = [];
    const latePages: number[] = [];
    let after: string | null = null;
    let rows = 0;
    const statementsBefore = counting?.counter.statements() ?? 0;
    const started = performance.now();
    for (;;) {
      const request = httpRequest(
        peer,
        peer.name === 'trident' ? q3.trident(params, after) : q3.postgraphile(params, after),
        'Q3',
        { after },
      );
      const t0 = performance.now();
      const page = readPage(peer, await send(request));
      const elapsed = performance.now() - t0;
      times.push(elapsed);
      rows += page.rows;
      if (rows > 900_000 && latePages.length < 20) latePages.push(elapsed);
      if (times.length % 100 === 0) log(`  Q3 ${peer.name}: ${rows} rows`);
      if (!page.hasNextPage || !page.endCursor) break;
      if (counting && times.length >= counting.pages) break;
      after = page.endCursor;
    }
    const seconds = (performance.now() - started) / 1000;
    const firstPages = latencies(times.slice(0, 20));
    const statements = counting
      ? Math.round(((counting.counter.statements() - statementsBefore) / times.length) * 100) / 100
      : 0;
    if (counting) {
      log(`  Q3 ${peer.name}: ${statements} statements per page`);
      return { statements } as PeerNumbers;
    }
    const result: PeerNumbers = {
      rps: Math.round((times.length / seconds) * 10) / 10,
      rows,
      rows_per_s: Math.round(rows / seconds),
      ...latencies(times),
      first_pages_p50_ms: firstPages.p50_ms,
      pages_after_900k_p50_ms: latePages.length ? latencies(latePages).p50_ms : 0,
      statements,
      errors: 0,
      seconds: Math.round(seconds * 10) / 10,
      ...(await peer.stats()),
    };
    log(`  Q3 ${peer.name}: ${rows} rows in ${seconds.toFixed(1)} s`);
    return result;
  }
}
