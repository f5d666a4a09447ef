import { IsOptional, Length } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { ApiToken } from '../api-token.entity';
import { NotBlank } from '../../../common/validation';

@InputType()
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for, e.g. "Finance Power BI"' })
  @Length(1, 100)
  @NotBlank()
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
