import type { FunnelWeakness, StageCriterion } from '@trident/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { numberTransformer } from '../../db/number-transformer';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { FunnelWeaknessEnum, StageCriterionEnum } from './pipeline.enums';

/**
 * A stage of the sales funnel (seed 001: 0 % prospect, 25 % contacted, 50 % need found,
 * 75 % solution matched, 100 % won, plus lost). Stages are data: ADMIN configures them.
 */
@ObjectType()
@Entity()
// Deferred so that reordering stages can swap positions inside one transaction.
@Unique('funnel_stage_position_key', ['position'], { deferrable: 'INITIALLY DEFERRED' })
@Index('funnel_stage_code_key', ['code'], { unique: true })
@Check('funnel_stage_probability_check', 'probability BETWEEN 0 AND 100')
@Check('funnel_stage_won_lost_check', 'NOT (is_won AND is_lost)')
@Check(
  'funnel_stage_risk_margin_check',
  'risk_margin IS NULL OR (risk_margin BETWEEN 1 AND 20 AND NOT (is_won OR is_lost))',
)
export class FunnelStage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Stable key for reports, e.g. NEED_FOUND' })
  @Column('text')
  code: string;

  @Field()
  @Column('text')
  nameZh: string;

  @Field()
  @Column('text')
  nameEn: string;

  @Field(() => Int, { description: 'Win probability in percent, 0–100' })
  @Column('smallint')
  probability: number;

  @Field(() => Int, { description: 'Order in the funnel, ascending' })
  @Column('int')
  position: number;

  @Field()
  @Column('boolean', { default: false })
  isWon: boolean;

  @Field()
  @Column('boolean', { default: false })
  isLost: boolean;

  @Field(() => [StageCriterionEnum], { description: 'Checked when a deal moves into the stage' })
  @Column('text', { array: true, default: () => "'{}'" })
  entryCriteria: StageCriterion[];

  @Field(() => FunnelWeaknessEnum, {
    nullable: true,
    description: 'What it says about the owner when few deals reach this stage',
  })
  @Column('text', { nullable: true })
  weakness: FunnelWeakness | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Seed 002: open deals at this stage or later must hold this many times what is still to win (e.g. 3 at 25 %); null: not checked',
  })
  @Column('numeric', { precision: 4, scale: 2, nullable: true, transformer: numberTransformer() })
  riskMargin: number | null;

  @Field({ description: 'Inactive stages take no new deals but keep their history' })
  @Column('boolean', { default: true })
  active: boolean;

  @Field(() => Int)
  @Column('int', { default: 1 })
  version: number;
}

/**
 * A won or lost stage closes the deals in it: a deal's `closed_at` is set exactly while its
 * stage closes deals (moves and stage edits keep it so; the open-deals lists read it).
 */
export const closesDeals = (stage: Pick<FunnelStage, 'isWon' | 'isLost'>): boolean =>
  stage.isWon || stage.isLost;
