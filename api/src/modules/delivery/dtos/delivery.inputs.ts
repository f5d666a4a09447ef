import type {
  DeliveryChannel,
  DeliveryKind,
  DeliveryStatus,
  DeliveryTopic,
  Language,
  RobotPlatform,
} from '@trident/domain';
import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MatchesReason, NotBlank } from '../../../common/validation';
import {
  DeliveryChannelEnum,
  DeliveryTopicEnum,
  LanguageEnum,
} from '../delivery-preference.entity';
import { RobotPlatformEnum } from '../delivery-robot.entity';
import { DeliveryKindEnum, DeliveryStatusEnum } from '../delivery.entity';

const WEBHOOK =
  'The webhook address the platform gave, or env:NAME to read it from the environment';
const SECRET = "The robot's signing secret (DingTalk SEC…, Feishu), or env:NAME";

@InputType()
export class CreateDeliveryRobotInput {
  @Field()
  @Length(1, 200)
  @NotBlank()
  name: string;

  @Field(() => RobotPlatformEnum)
  platform: RobotPlatform;

  @Field({ description: `${WEBHOOK}. Never answered back.` })
  @Length(5, 2000)
  webhook: string;

  @Field(() => String, { nullable: true, description: `${SECRET}. Never answered back.` })
  @IsOptional()
  @Length(1, 500)
  secret?: string;

  @Field({ defaultValue: true })
  @IsBoolean()
  active: boolean;
}

@InputType({ description: 'Fields left out stay as they are' })
export class UpdateDeliveryRobotInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  @NotBlank()
  name?: string;

  @Field(() => String, { nullable: true, description: WEBHOOK })
  @IsOptional()
  @Length(5, 2000)
  webhook?: string;

  @Field(() => String, { nullable: true, description: SECRET })
  @IsOptional()
  @Length(1, 500)
  secret?: string;

  @Field(() => Boolean, { nullable: true, description: 'Stop signing (the robot has no secret)' })
  @IsOptional()
  @IsBoolean()
  removeSecret?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@InputType()
export class TopicChannelsInput {
  @Field(() => DeliveryTopicEnum)
  topic: DeliveryTopic;

  @Field(() => [DeliveryChannelEnum])
  @ArrayMaxSize(4)
  channels: DeliveryChannel[];
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType()
export class DeliveryPreferencesInput {
  @Field(() => LanguageEnum)
  language: Language;

  @Field(() => [TopicChannelsInput], { description: 'A topic left out goes nowhere' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  topics: TopicChannelsInput[];

  @Field(() => Int, { defaultValue: 2, description: 'Other escalations go out from this level' })
  @IsInt()
  @Min(1)
  @Max(10)
  escalationMinLevel: number;

  @Field(() => String, { nullable: true, description: 'Quiet hours start, HH:MM local time' })
  @IsOptional()
  @MatchesReason(TIME, 'TIME_FORM')
  quietStart?: string;

  @Field(() => String, { nullable: true, description: 'Quiet hours end, HH:MM local time' })
  @IsOptional()
  @MatchesReason(TIME, 'TIME_FORM')
  quietEnd?: string;

  @Field({ defaultValue: 'Asia/Shanghai', description: 'An IANA time zone' })
  @Length(1, 100)
  timeZone: string;

  @Field(() => [ID], { defaultValue: [], description: 'Robots that reach me, one per platform' })
  @ArrayMaxSize(3)
  @IsUUID('all', { each: true })
  robotIds: string[];
}

@InputType()
export class AccountTeamRobotInput {
  @Field(() => ID)
  @IsUUID()
  robotId: string;

  @Field(() => Int, { defaultValue: 1, description: 'The lowest escalation level it hears of' })
  @IsInt()
  @Min(1)
  @Max(10)
  minLevel: number;

  @Field(() => LanguageEnum, { defaultValue: 'ZH' })
  language: Language;
}

@InputType()
export class DeliveryFilterInput {
  @Field(() => DeliveryStatusEnum, { nullable: true })
  @IsOptional()
  status?: DeliveryStatus;

  @Field(() => DeliveryChannelEnum, { nullable: true })
  @IsOptional()
  channel?: DeliveryChannel;

  @Field(() => DeliveryKindEnum, { nullable: true })
  @IsOptional()
  kind?: DeliveryKind;

  @Field(() => ID, { nullable: true, description: 'For this person' })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  notificationId?: string;
}
