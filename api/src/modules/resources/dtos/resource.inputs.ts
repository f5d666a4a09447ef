import type { ContactLevel, ResourceRequestStatus } from '@trident/domain';
import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ContactLevelEnum } from '../../customer-org/customer-org.enums';
import { ResourceRequestStatusEnum } from '../internal-resource.entity';
import { LocalDateScalar } from '../../../graphql/scalars/local-date.scalar';
import { NotBlank } from '../../../common/validation';

@InputType()
export class InternalResourceInput {
  @Field()
  @Length(1, 200)
  @NotBlank()
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  title?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  userId?: string | null;

  @Field(() => ContactLevelEnum)
  level: ContactLevel;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  conditions?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  maxPerMonth?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3000)
  maxPerQuarter?: number | null;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30)
  @MaxLength(500, { each: true })
  preparation: string[];

  @Field({ defaultValue: true })
  @IsBoolean()
  active: boolean;
}

@InputType()
export class RequestResourceInput {
  @Field(() => ID)
  @IsUUID()
  resourceId: string;

  @Field(() => ID)
  @IsUUID()
  accountId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  opportunityId?: string | null;

  @Field()
  @Length(1, 2000)
  @NotBlank()
  purpose: string;

  @Field(() => LocalDateScalar)
  date: string;

  @Field({
    nullable: true,
    description:
      'Past the cap: ask your manager to approve (the request waits as PENDING; nobody approves their own, managers included)',
  })
  @IsOptional()
  @IsBoolean()
  askApproval?: boolean;
}

@InputType()
export class ResourceRequestFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  resourceId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  accountId?: string;

  @Field(() => ResourceRequestStatusEnum, { nullable: true })
  @IsOptional()
  status?: ResourceRequestStatus;
}
