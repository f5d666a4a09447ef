import type {
  BuyingRole,
  CoachLevel,
  ContactLevel,
  ContactStatus,
  OrgUnitKind,
  Stance,
} from '@trident/domain';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { OmitOrSet, NotBlank } from '../../../common/validation';
import { SortDirectionEnum, type SortDirection } from '../../../graphql/sort-direction';
import {
  BuyingRoleEnum,
  CoachLevelEnum,
  ContactLevelEnum,
  ContactStatusEnum,
  OrgUnitKindEnum,
  StanceEnum,
} from '../customer-org.enums';

@InputType()
export class CreateOrgUnitInput {
  @Field(() => ID)
  @IsUUID()
  accountId: string;

  @Field()
  @Length(1, 200)
  @NotBlank()
  name: string;

  @Field(() => OrgUnitKindEnum)
  kind: OrgUnitKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
}

@InputType()
export class UpdateOrgUnitInput {
  @Field({ nullable: true })
  @OmitOrSet()
  @Length(1, 200)
  @NotBlank()
  name?: string;

  @Field(() => OrgUnitKindEnum, { nullable: true })
  @OmitOrSet()
  kind?: OrgUnitKind;

  @Field(() => ID, { nullable: true, description: 'null makes it a top unit' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
}

@InputType()
export class OrgUnitFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  accountId?: string;

  @Field(() => OrgUnitKindEnum, { nullable: true })
  @IsOptional()
  kind?: OrgUnitKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @Field({ nullable: true, description: 'Part of the name' })
  @IsOptional()
  @MaxLength(200)
  search?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ids?: string[];
}

/** Contact fields a claim or an edit may set (the unit changes through moveContact). */
@InputType('ContactFieldsInput')
abstract class ContactFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  title?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  reportsToId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  responsibilities?: string | null;

  @Field(() => Int, { nullable: true, description: '1–5' })
  @OmitOrSet()
  @IsInt()
  @Min(1)
  @Max(5)
  influence?: number;

  @Field(() => StanceEnum, { nullable: true })
  @OmitOrSet()
  stance?: Stance;

  @Field(() => [BuyingRoleEnum], { nullable: true })
  @OmitOrSet()
  @ArrayUnique()
  @ArrayMaxSize(8)
  buyingRoles?: BuyingRole[];

  @Field(() => CoachLevelEnum, { nullable: true })
  @IsOptional()
  coachLevel?: CoachLevel | null;

  @Field({ nullable: true })
  @OmitOrSet()
  @IsBoolean()
  risingStar?: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  relationshipOwnerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Private: shown to the account manager line only',
  })
  @IsOptional()
  @MaxLength(10_000)
  notes?: string | null;
}

@InputType()
export class CreateContactInput extends ContactFields {
  @Field(() => ID)
  @IsUUID()
  accountId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string | null;

  @Field()
  @Length(1, 100)
  @NotBlank()
  name: string;

  @Field(() => ContactLevelEnum)
  level: ContactLevel;
}

@InputType()
export class UpdateContactInput extends ContactFields {
  @Field({ nullable: true })
  @OmitOrSet()
  @Length(1, 100)
  @NotBlank()
  name?: string;

  @Field(() => ContactLevelEnum, { nullable: true })
  @OmitOrSet()
  level?: ContactLevel;
}

@InputType()
export class ContactFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  accountId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;

  @Field(() => ContactLevelEnum, { nullable: true })
  @IsOptional()
  level?: ContactLevel;

  @Field(() => StanceEnum, { nullable: true })
  @IsOptional()
  stance?: Stance;

  @Field(() => BuyingRoleEnum, { nullable: true })
  @IsOptional()
  buyingRole?: BuyingRole;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  relationshipOwnerId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  risingStar?: boolean;

  @Field(() => ContactStatusEnum, { nullable: true })
  @IsOptional()
  status?: ContactStatus;

  @Field({ nullable: true, description: 'Part of the name or title' })
  @IsOptional()
  @MaxLength(200)
  search?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ids?: string[];
}

export enum ContactOrderField {
  NAME = 'NAME',
  INFLUENCE = 'INFLUENCE',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(ContactOrderField, { name: 'ContactOrderField' });

@InputType()
export class ContactOrder {
  @Field(() => ContactOrderField)
  field: ContactOrderField;

  @Field(() => SortDirectionEnum, { defaultValue: 'ASC' })
  direction: SortDirection;
}

@InputType()
export class AddInfluenceInput {
  @Field(() => ID)
  @IsUUID()
  fromContactId: string;

  @Field(() => ID)
  @IsUUID()
  toContactId: string;

  @Field(() => Int, { description: '1 weak – 3 strong' })
  @IsInt()
  @Min(1)
  @Max(3)
  strength: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}
