import { ROBOT_PLATFORMS, type RobotPlatform } from '@trident/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { enumOf, sqlList } from '../../graphql/enum-of';

export const RobotPlatformEnum = enumOf(ROBOT_PLATFORMS);
registerEnumType(RobotPlatformEnum, {
  name: 'RobotPlatform',
  description: 'A group robot (webhook) of WeCom 企业微信, DingTalk 钉钉 or Feishu 飞书',
});

/**
 * A group robot configured by ADMIN. Its webhook address (which carries the robot's token)
 * and its signing secret are credentials: kept encrypted (AES-256-GCM, key from the
 * environment) or as the name of an environment variable, and never answered by the API —
 * the GraphQL type has no field that holds either.
 */
@ObjectType({ description: "A group robot (ADMIN's view: never its address or secret)" })
@Entity()
@Check('delivery_robot_platform_check', `platform IN (${sqlList(ROBOT_PLATFORMS)})`)
@Check(
  'delivery_robot_webhook_check',
  '(webhook_cipher IS NULL) <> (webhook_env IS NULL) AND NOT (secret_cipher IS NOT NULL AND secret_env IS NOT NULL)',
)
export class DeliveryRobot {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column('text')
  name: string;

  @Field(() => RobotPlatformEnum)
  @Column('text')
  platform: RobotPlatform;

  @Column('text', { nullable: true })
  webhookCipher: string | null;

  @Column('text', { nullable: true })
  webhookEnv: string | null;

  @Column('text', { nullable: true })
  secretCipher: string | null;

  @Column('text', { nullable: true })
  secretEnv: string | null;

  @Field({ description: 'The host the webhook posts to (the address itself is never shown)' })
  @Column('text')
  webhookHost: string;

  @Field()
  @Column('boolean', { default: true })
  active: boolean;

  @Field(() => Int)
  @Column('int', { default: 1 })
  version: number;

  @Field(() => Date)
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Field(() => Date)
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}

/** A robot as everyone may see it, to choose it: its name and platform only. */
@ObjectType()
export class RobotChoice {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => RobotPlatformEnum)
  platform: RobotPlatform;
}
