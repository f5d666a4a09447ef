import { graphqlError, load, type LoadResult } from '../measure/load';
import type { WireCounter } from '../measure/wire-counter';
import type { RunningPeer } from '../servers';
import type { BenchParams, ReadShape } from '../shapes';
import { httpRequest, send } from './peer-request';

export interface PeerNumbers {
  rps: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  statements: number;
  errors: number;
  [extra: string]: number | string | boolean;
}

const CALIBRATION = 20;
const CONNECTIONS = 8;

const hostile = (shape: ReadShape) => shape.id.startsWith('Q6');

function requestFor(shape: ReadShape, peer: RunningPeer, params: BenchParams) {
  return httpRequest(
    peer,
    peer.name === 'trident'
      ? shape.trident(params)
      : peer.name === 'postgraphile'
        ? shape.postgraphile(params)
        : null,
    shape.id,
  );
}

export const servesShape = (shape: ReadShape, peer: RunningPeer) =>
  peer.name !== 'sql' || Boolean(shape.sql);

/**
 * Statements per request, counted on the wire with nothing else running: a few requests
 * to warm caches and prepared statements, then the average over the next twenty.
 */
export async function countStatements(
  shape: ReadShape,
  peer: RunningPeer,
  params: BenchParams,
  counter: WireCounter,
  log: (line: string) => void,
): Promise<{ statements: number; answer: string }> {
  const request = requestFor(shape, peer, params);
  let sample = '';
  for (let i = 0; i < 3; i += 1) sample = await send(request);
  const before = counter.statements();
  for (let i = 0; i < CALIBRATION; i += 1) await send(request);
  const statements = Math.round(((counter.statements() - before) / CALIBRATION) * 100) / 100;
  const refused = graphqlError(sample);
  if (refused && !hostile(shape)) {
    log(`  ${shape.id} ${peer.name} answered with an error: ${sample.slice(0, 300)}`);
  }
  log(`  ${shape.id} ${peer.name}: ${statements} statements per request`);
  return {
    statements,
    answer: refused ? `refused: ${sample.slice(0, 160)}` : `${sample.length} bytes`,
  };
}

/**
 * Without a rate: closed loop, as fast as the peer answers (its throughput). With one: a
 * fixed offered load, the same for every peer, so latencies compare like with like.
 */
export async function loadShape(
  shape: ReadShape,
  peer: RunningPeer,
  params: BenchParams,
  seconds: number,
  rate?: number,
): Promise<LoadResult> {
  await peer.reset();
  return load({
    ...requestFor(shape, peer, params),
    connections: CONNECTIONS,
    seconds,
    rate,
    // Trident refuses Q6 on purpose: there a refusal is the answer, not an error.
    isError: hostile(shape) ? undefined : graphqlError,
  });
}
