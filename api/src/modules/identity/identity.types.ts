import { Field, ObjectType } from 'type-graphql';
import { User } from './user.entity';

@ObjectType()
export class LoginPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>`' })
  token: string;

  @Field(() => User)
  user: User;
}
