import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How many escalations stand at one level of their chain' })
export class EscalationLevelCount {
  @Field(() => Int)
  level: number;

  @Field(() => Int)
  count: number;
}
