import { MAX_PAGE_SIZE } from '@trident/domain';
import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

/** The paging arguments every connection takes (DESIGN.md §3). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1–${MAX_PAGE_SIZE} (default 25)` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor: the endCursor of the previous page',
  })
  @IsOptional()
  @MaxLength(2000)
  after?: string;

  @Field(() => Int, { nullable: true, description: 'Rows to skip (page jumps in the console)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  offset?: number;
}
