import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class AuditEventFilter {
  @Field({ nullable: true, description: 'Entity type, e.g. Account' })
  @IsOptional()
  @MaxLength(100)
  entity?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  entityId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @Field({ nullable: true, description: 'e.g. account.claim' })
  @IsOptional()
  @MaxLength(100)
  action?: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Exclusive' })
  @IsOptional()
  to?: Date;
}
