import type { Pool } from 'pg';
import type { GraphqlRequest } from './shape';

/** One writer's deal: it moves between two open stages, back and forth. */
export interface WriterDeal {
  opportunityId: string;
  ownerId: string;
  token: string;
  stages: [string, string];
}

/**
 * The hand-written write: lock, version check, update, stage history and audit row in one
 * transaction — what Trident's moveOpportunity does, minus its criteria checks. The
 * PostGraphile peer gets it as a function (bench.move_opportunity), its way of writing
 * business logic.
 */
export const MOVE_FUNCTION = `
  CREATE FUNCTION bench.move_opportunity(opportunity_id uuid, stage_id uuid, expected_version int, actor_id uuid)
    RETURNS opportunity LANGUAGE plpgsql VOLATILE AS $fn$
  DECLARE before_row opportunity; after_row opportunity;
  BEGIN
    SELECT * INTO before_row FROM opportunity o WHERE o.id = opportunity_id FOR UPDATE;
    UPDATE opportunity o SET stage_id = move_opportunity.stage_id, stage_entered_at = now(),
           version = o.version + 1, updated_at = now()
     WHERE o.id = opportunity_id AND o.version = expected_version RETURNING * INTO after_row;
    IF after_row.id IS NULL THEN RAISE EXCEPTION 'stale version' USING ERRCODE = '40001'; END IF;
    INSERT INTO stage_change (opportunity_id, from_stage_id, to_stage_id, actor_id)
      VALUES (opportunity_id, before_row.stage_id, move_opportunity.stage_id, actor_id);
    INSERT INTO audit_event (actor_id, actor_kind, action, entity, entity_id, before, after)
      VALUES (actor_id, 'USER', 'opportunity.move', 'Opportunity', opportunity_id::text,
              to_jsonb(before_row), to_jsonb(after_row));
    RETURN after_row;
  END $fn$;`;

export const q5 = {
  id: 'Q5' as const,
  title: '50 concurrent writers moving stages (version check, history, audit)',
  trident: (deal: WriterDeal, stageId: string, version: number): GraphqlRequest => ({
    token: deal.token,
    variables: { id: deal.opportunityId, stage: stageId, version },
    query: `mutation Q5($id: ID!, $stage: ID!, $version: Int!) {
      moveOpportunity(id: $id, stageId: $stage, version: $version) { version }
    }`,
  }),
  postgraphile: (deal: WriterDeal, stageId: string, version: number): GraphqlRequest => ({
    variables: { id: deal.opportunityId, stage: stageId, version, actor: deal.ownerId },
    query: `mutation Q5($id: UUID!, $stage: UUID!, $version: Int!, $actor: UUID!) {
      benchMoveOpportunity(input: { opportunityId: $id, stageId: $stage, expectedVersion: $version, actorId: $actor }) { opportunityEdge { node { version } } }
    }`,
  }),
  sql: async (pool: Pool, deal: WriterDeal, stageId: string, version: number): Promise<number> => {
    const { rows } = await pool.query<{ v: number }>(
      'SELECT (bench.move_opportunity($1, $2, $3, $4)).version AS v',
      [deal.opportunityId, stageId, version, deal.ownerId],
    );
    return rows[0]!.v;
  },
};
