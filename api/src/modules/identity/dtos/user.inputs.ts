import type { Role, UserStatus } from '@trident/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEmail,
  IsOptional,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { OmitOrSet, NotBlank } from '../../../common/validation';
import { SortDirectionEnum, type SortDirection } from '../../../graphql/sort-direction';
import { RoleEnum, UserStatusEnum } from '../user.entity';
import { registerEnumType } from 'type-graphql';

@InputType()
export class CreateUserInput {
  @Field()
  @Length(1, 100)
  @NotBlank()
  name: string;

  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @Field({ description: 'At least 10 characters' })
  @Length(10, 200)
  password: string;

  @Field(() => [RoleEnum])
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @ArrayUnique()
  roles: Role[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  managerId?: string | null;
}

@InputType()
export class UpdateUserInput {
  @Field({ nullable: true })
  @OmitOrSet()
  @Length(1, 100)
  @NotBlank()
  name?: string;

  @Field(() => [RoleEnum], { nullable: true })
  @OmitOrSet()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @ArrayUnique()
  roles?: Role[];

  @Field(() => ID, { nullable: true, description: 'null removes the manager' })
  @IsOptional()
  @IsUUID()
  managerId?: string | null;

  @Field(() => UserStatusEnum, { nullable: true, description: 'DEPARTED disables sign-in' })
  @OmitOrSet()
  status?: UserStatus;
}

@InputType()
export class UserFilter {
  @Field({ nullable: true, description: 'Part of the name or email' })
  @IsOptional()
  @MaxLength(200)
  search?: string;

  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  role?: Role;

  @Field(() => UserStatusEnum, { nullable: true })
  @IsOptional()
  status?: UserStatus;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ids?: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'This user and everyone below them in the reporting line',
  })
  @IsOptional()
  @IsUUID()
  teamOf?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The people on this account's team (who may own its leads and deals); none when the caller may not see the account",
  })
  @IsOptional()
  @IsUUID()
  onAccountTeam?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The people who may see this account (its team, managers above one of them, finance, admins): whom work on it may be handed to; none when the caller may not see the account',
  })
  @IsOptional()
  @IsUUID()
  maySeeAccount?: string;
}

export enum UserOrderField {
  NAME = 'NAME',
  EMAIL = 'EMAIL',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(UserOrderField, { name: 'UserOrderField' });

@InputType()
export class UserOrder {
  @Field(() => UserOrderField)
  field: UserOrderField;

  @Field(() => SortDirectionEnum, { defaultValue: 'ASC' })
  direction: SortDirection;
}
