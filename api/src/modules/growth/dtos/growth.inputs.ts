import { IsBoolean, IsInt, Length, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { MatchesReason, NotBlank } from '../../../common/validation';

@InputType()
export class ProductLineInput {
  @Field()
  @Length(1, 40)
  @MatchesReason(/^[A-Z][A-Z0-9_]*$/, 'CODE_FORM')
  code: string;

  @Field()
  @Length(1, 100)
  @NotBlank()
  nameZh: string;

  @Field()
  @Length(1, 100)
  @NotBlank()
  nameEn: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(100_000)
  position: number;

  @Field({ defaultValue: true })
  @IsBoolean()
  active: boolean;
}
