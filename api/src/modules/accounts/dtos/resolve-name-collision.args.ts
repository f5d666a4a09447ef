import { Length } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { NotBlank } from '../../../common/validation';

@ArgsType()
export class ResolveNameCollisionArgs {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The ruling: merged into the other, renamed, distinct customers…' })
  @Length(1, 2000)
  @NotBlank()
  resolution: string;
}
