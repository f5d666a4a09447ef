import type { Client } from 'pg';
import { latencies } from '../measure/stats';
import type { WireCounter } from '../measure/wire-counter';
import type { RunningPeer } from '../servers';
import { q5, type WriterDeal } from '../shapes';
import type { PeerNumbers } from './reads';
import { httpRequest, send } from './peer-request';

function newVersion(peer: RunningPeer, body: string): number | null {
  const parsed = JSON.parse(body) as {
    data?:
      | {
          [field: string]: {
            version?: number;
            opportunityEdge?: { node: { version: number } };
          } | null;
        }
      | number
      | null;
  };
  if (peer.name === 'sql') return typeof parsed.data === 'number' ? parsed.data : null;
  const moved =
    parsed.data && typeof parsed.data === 'object' ? Object.values(parsed.data)[0] : null;
  return moved?.version ?? moved?.opportunityEdge?.node.version ?? null;
}

/**
 * Q5: one writer per deal, each a closed loop that moves its deal to the other stage with
 * the version its last move returned. (autocannon builds a connection's next request
 * before the previous answer arrives, so it cannot carry a version forward; these
 * writers are plain keep-alive fetch loops.) Afterwards the stage history and audit rows
 * written are checked against the moves that succeeded.
 */
export async function runWrites(
  peer: RunningPeer,
  deals: WriterDeal[],
  client: Client,
  seconds: number,
  log: (line: string) => void,
  counter?: WireCounter,
): Promise<PeerNumbers> {
  const ids = deals.map((d) => d.opportunityId);
  const counts = async () =>
    (
      await client.query<{ changes: string; audits: string }>(
        `SELECT (SELECT count(*) FROM stage_change WHERE opportunity_id = ANY($1::uuid[])) AS changes,
                (SELECT count(*) FROM audit_event WHERE action = 'opportunity.move'
                    AND entity_id = ANY($1::text[])) AS audits`,
        [ids],
      )
    ).rows[0]!;
  {
    const current = await client.query<{ id: string; version: number; stage_id: string }>(
      'SELECT id, version, stage_id FROM opportunity WHERE id = ANY($1::uuid[])',
      [ids],
    );
    const state = new Map(current.rows.map((r) => [r.id, r]));
    const before = await counts();
    const statementsBefore = counter?.statements() ?? 0;
    const times: number[] = [];
    let failed = 0;
    let firstFailure: string | undefined;
    await peer.reset();
    const until = performance.now() + seconds * 1000;
    await Promise.all(
      deals.map(async (deal) => {
        const row = state.get(deal.opportunityId)!;
        let version = row.version;
        let stage = row.stage_id;
        while (performance.now() < until) {
          const target = stage === deal.stages[0] ? deal.stages[1] : deal.stages[0];
          const request = httpRequest(
            peer,
            peer.name === 'trident'
              ? q5.trident(deal, target, version)
              : q5.postgraphile(deal, target, version),
            'Q5',
            { deal, stageId: target, version },
          );
          const t0 = performance.now();
          const body = await send(request);
          times.push(performance.now() - t0);
          const next = newVersion(peer, body);
          if (next === null) {
            failed += 1;
            firstFailure ??= body.slice(0, 300);
            break; // a writer that lost track of its deal stops rather than spin
          }
          version = next;
          stage = target;
        }
      }),
    );
    const moved = times.length - failed;
    const after = await counts();
    const written = Number(after.changes) - Number(before.changes);
    const audited = Number(after.audits) - Number(before.audits);
    const result: PeerNumbers = {
      rps: Math.round((times.length / seconds) * 10) / 10,
      ...latencies(times),
      errors: failed,
      moves: moved,
      statements:
        counter && moved
          ? Math.round(((counter.statements() - statementsBefore) / moved) * 100) / 100
          : 0,
      history_rows_match: written === moved,
      audit_rows_match: audited === moved,
      ...(await peer.stats()),
    };
    if (firstFailure) log(`  Q5 ${peer.name} first failure: ${firstFailure}`);
    log(
      `  Q5 ${peer.name}: ${moved} moves (${result.rps} req/s), ${failed} failed, history ${written}, audit ${audited}`,
    );
    return result;
  }
}
