import { Length, Matches } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';

@ArgsType()
export class ResolveNameCollisionArgs {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The ruling: merged into the other, renamed, distinct customers…' })
  @Length(1, 2000)
  @Matches(/\S/, { message: 'must not be blank' })
  resolution: string;
}
