import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { AuthedContext } from '../../graphql/context';
import { SearchHit } from './search.types';

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Accounts, contacts, deals and contracts whose name holds `text`, up to `first` of each kind, in the caller’s scope',
  })
  search(
    @Arg('text') text: string,
    @Arg('first', () => Int, { defaultValue: 5 }) first: number,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.search.search(ctx, text, first);
  }
}
