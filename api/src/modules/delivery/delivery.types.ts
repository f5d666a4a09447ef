import type { Language } from '@trident/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { LanguageEnum, TopicChannels } from './delivery-preference.entity';
import { RobotChoice } from './delivery-robot.entity';

@ObjectType({ description: 'My choices of what reaches me where (the defaults until I save)' })
export class DeliveryPreferences {
  @Field(() => LanguageEnum)
  language: Language;

  @Field(() => [TopicChannels])
  topics: TopicChannels[];

  @Field(() => Int, {
    description: 'Escalations other than overdue payments go out from this level',
  })
  escalationMinLevel: number;

  @Field(() => String, {
    nullable: true,
    description: 'HH:MM local time; messages wait, then one digest',
  })
  quietStart: string | null;

  @Field(() => String, { nullable: true })
  quietEnd: string | null;

  @Field()
  timeZone: string;

  @Field(() => [RobotChoice], { description: 'The robots that reach me' })
  robots: RobotChoice[];

  @Field({ description: 'Nothing saved yet: these are the defaults' })
  isDefault: boolean;
}

@ObjectType({
  description: 'How messages leave, as configured in the environment (no credentials)',
})
export class DeliverySettings {
  @Field({ description: 'outbox (written to the log and the outbox page) or live' })
  mode: string;

  @Field(() => String, {
    nullable: true,
    description: 'The SMTP host:port, when email is configured',
  })
  smtpHost: string | null;

  @Field(() => String, { nullable: true })
  from: string | null;

  @Field(() => String, { nullable: true, description: 'Where message links point' })
  publicUrl: string | null;

  @Field({ description: 'Whether robot credentials can be stored encrypted (else env:NAME)' })
  canStoreSecrets: boolean;

  @Field(() => [String], { description: "Hosts robots may post to besides the platforms' own" })
  extraRobotHosts: string[];
}
