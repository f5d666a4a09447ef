import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export const SEARCH_KINDS = ['ACCOUNT', 'CONTACT', 'OPPORTUNITY', 'CONTRACT'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
export const SearchKindEnum = Object.fromEntries(SEARCH_KINDS.map((k) => [k, k])) as {
  [K in SearchKind]: K;
};
registerEnumType(SearchKindEnum, {
  name: 'SearchKind',
  description: 'What a search hit is: opens as the record of that resource',
});

@ObjectType({ description: 'One record found by `search`, as much as a result list shows' })
export class SearchHit {
  @Field(() => SearchKindEnum)
  kind: SearchKind;

  @Field(() => ID)
  id: string;

  @Field({ description: 'The name (a contract: its title)' })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: "A contact's title, an account's region; null for deals and contracts",
  })
  detail: string | null;

  @Field(() => ID)
  accountId: string;

  @Field()
  accountName: string;
}
