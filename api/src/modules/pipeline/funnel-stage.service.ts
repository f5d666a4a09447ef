import type { DataSource, EntityManager } from 'typeorm';
import { badInput, notFound } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import {
  assertVersion,
  returnedRows,
  runMutation,
  uniqueViolation,
  updateVersioned,
} from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import type { FunnelStageInput } from './dtos/funnel.inputs';
import { closesDeals, FunnelStage } from './funnel-stage.entity';

/** The funnel's stages: read by everyone, changed by ADMIN (the access matrix says so). */
export class FunnelStageService {
  constructor(private readonly db: DataSource) {}

  list(): Promise<FunnelStage[]> {
    return this.db.getRepository(FunnelStage).find({ order: { position: 'ASC' } });
  }

  async create(ctx: Caller, input: FunnelStageInput): Promise<FunnelStage> {
    validate(input);
    return runMutation(ctx, async ({ manager, audit }) => {
      await refuseTakenPosition(manager, input.position, null);
      const stage = await this.save(manager, manager.getRepository(FunnelStage).create(input));
      await audit({
        action: 'funnelStage.create',
        entity: 'FunnelStage',
        entityId: stage.id,
        after: stage,
      });
      return stage;
    });
  }

  async update(
    ctx: Caller,
    id: string,
    input: FunnelStageInput,
    version: number,
  ): Promise<FunnelStage> {
    requireUuid('id', id);
    validate(input);
    return runMutation(ctx, async ({ manager, audit }) => {
      const before = await manager
        .getRepository(FunnelStage)
        .createQueryBuilder('s')
        .setLock('pessimistic_write')
        .where('s.id = :id', { id })
        .getOne();
      if (!before) throw notFound('FunnelStage', id);
      assertVersion('FunnelStage', before, version);
      await refuseTakenPosition(manager, input.position, id);
      let after: FunnelStage;
      try {
        after = await updateVersioned(manager, FunnelStage, 'FunnelStage', id, version, {
          ...input,
          weakness: input.weakness ?? null,
          riskMargin: input.riskMargin ?? null,
        });
      } catch (error) {
        if (uniqueViolation(error)) throw badInput('code', 'STAGE_CODE_TAKEN');
        throw error;
      }
      const deals = await closeDealsWithTheirStage(manager, before, after);
      await audit({
        action: 'funnelStage.update',
        entity: 'FunnelStage',
        entityId: id,
        before,
        // The deals the edit closed or reopened, so each one's history can say why it changed.
        after: { ...after, ...deals },
      });
      return after;
    });
  }

  private async save(manager: EntityManager, stage: FunnelStage): Promise<FunnelStage> {
    try {
      return await manager.getRepository(FunnelStage).save(stage);
    } catch (error) {
      if (uniqueViolation(error)) throw badInput('code', 'STAGE_CODE_TAKEN');
      throw error;
    }
  }
}

/** A stage that starts or stops closing deals (`closesDeals`) takes the deals in it along. */
async function closeDealsWithTheirStage(
  manager: EntityManager,
  before: FunnelStage,
  after: FunnelStage,
): Promise<{ dealsClosed?: string[]; dealsReopened?: string[] }> {
  if (closesDeals(before) === closesDeals(after)) return {};
  const rows = returnedRows<{ id: string }>(
    await manager.query(
      `UPDATE opportunity
          SET closed_at = CASE WHEN $2 THEN now() END, version = version + 1, updated_at = now()
        WHERE stage_id = $1
        RETURNING id`,
      [after.id, closesDeals(after)],
    ),
  );
  if (!rows.length) return {};
  const ids = rows.map((row) => row.id);
  return closesDeals(after) ? { dealsClosed: ids } : { dealsReopened: ids };
}

function validate(input: FunnelStageInput) {
  if (input.isWon && input.isLost) throw badInput('isLost', 'STAGE_WON_AND_LOST');
  if (input.isWon && input.probability !== 100)
    throw badInput('probability', 'WON_STAGE_PROBABILITY');
  if (input.isLost && input.probability !== 0)
    throw badInput('probability', 'LOST_STAGE_PROBABILITY');
  if ((input.isWon || input.isLost) && input.riskMargin != null)
    throw badInput('riskMargin', 'MARGIN_ON_CLOSED_STAGE');
}

/** The position constraint is deferred (to allow swaps), so say it clearly up front. */
async function refuseTakenPosition(manager: EntityManager, position: number, id: string | null) {
  const rows: unknown[] = await manager.query(
    'SELECT 1 FROM funnel_stage WHERE position = $1 AND ($2::uuid IS NULL OR id <> $2)',
    [position, id],
  );
  if (rows.length) throw badInput('position', 'POSITION_TAKEN', { position });
}
