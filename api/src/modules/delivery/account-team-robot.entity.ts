import { LANGUAGES, type Language } from '@trident/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { sqlList } from '../../graphql/enum-of';
import { LanguageEnum } from './delivery-preference.entity';

/**
 * An account team's own robot (its group chat): it hears the account's escalations from
 * `minLevel` on. A group is read by the whole team, technical and delivery included, so its
 * messages never carry an amount.
 */
@ObjectType()
@Entity()
@Check('account_team_robot_language_check', `language IN (${sqlList(LANGUAGES)})`)
@Check('account_team_robot_level_check', 'min_level BETWEEN 1 AND 10')
export class AccountTeamRobot {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  accountId: string;

  @Field(() => ID)
  @Column('uuid')
  robotId: string;

  @Field(() => Int, { description: 'The lowest escalation level the robot hears of' })
  @Column('smallint', { default: 1 })
  minLevel: number;

  @Field(() => LanguageEnum)
  @Column('text', { default: 'ZH' })
  language: Language;

  /** Escalations raised before the robot was set are not announced. */
  @Field(() => Date)
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  since: Date;
}
