import {
  SURVEY_EXPIRY_MAX_DAYS,
  SURVEY_EXPIRY_MIN_DAYS,
  SURVEY_MAX_CONTACTS,
  SURVEY_MAX_QUESTIONS,
  type SurveyInvitationStatus,
} from '@trident/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { NotBlank } from '../../../common/validation';
import { SurveyInvitationStatusEnum } from '../surveys.enums';

@InputType()
export class SurveyQuestionInput {
  @Field()
  @Length(1, 300)
  @NotBlank()
  zh: string;

  @Field()
  @Length(1, 300)
  @NotBlank()
  en: string;
}

@InputType()
export class SurveyInput {
  @Field()
  @Length(1, 200)
  @NotBlank()
  titleZh: string;

  @Field()
  @Length(1, 200)
  @NotBlank()
  titleEn: string;

  @Field(() => String, { nullable: true, description: 'Shown above the questions' })
  @IsOptional()
  @MaxLength(2000)
  introZh?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  introEn?: string | null;

  @Field(() => [SurveyQuestionInput], {
    description: `Answered 1–5, in this order (0–${SURVEY_MAX_QUESTIONS})`,
  })
  @ArrayMaxSize(SURVEY_MAX_QUESTIONS)
  @ValidateNested({ each: true })
  questions: SurveyQuestionInput[];

  @Field({ description: 'The NPS question, answered 0–10' })
  @Length(1, 300)
  @NotBlank()
  npsZh: string;

  @Field()
  @Length(1, 300)
  @NotBlank()
  npsEn: string;

  @Field({ defaultValue: true })
  @IsBoolean()
  active: boolean;
}

@InputType()
export class SendSurveyInput {
  @Field(() => ID)
  @IsUUID()
  surveyId: string;

  @Field(() => [ID], { description: 'Active contacts of one customer, one link each' })
  @ArrayMinSize(1)
  @ArrayMaxSize(SURVEY_MAX_CONTACTS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  contactIds: string[];

  @Field(() => Int, {
    description: `The links expire after this many days (${SURVEY_EXPIRY_MIN_DAYS}–${SURVEY_EXPIRY_MAX_DAYS})`,
  })
  @IsInt()
  @Min(SURVEY_EXPIRY_MIN_DAYS)
  @Max(SURVEY_EXPIRY_MAX_DAYS)
  expiresInDays: number;
}

@InputType()
export class SurveyInvitationFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  accountId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  contactId?: string;

  @Field(() => SurveyInvitationStatusEnum, { nullable: true })
  @IsOptional()
  status?: SurveyInvitationStatus;
}
