import { IsOptional, Length, Matches } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { ApiToken } from '../api-token.entity';

@InputType()
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for, e.g. "Finance Power BI"' })
  @Length(1, 100)
  @Matches(/\S/, { message: 'name must not be blank' })
  name: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  expiresAt?: Date;
}

@ObjectType()
export class CreatedApiToken {
  @Field({ description: 'The secret: shown this once, only its hash is kept' })
  token: string;

  @Field(() => ApiToken)
  apiToken: ApiToken;
}
