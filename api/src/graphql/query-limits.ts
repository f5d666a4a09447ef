import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits checked while validating, before any resolver runs, so a hostile query is
 * refused cheaply (graphql-armor). The console's deepest query (a contract with its
 * milestones, evidence and who checked it) is 5 levels; a BI extract is under 6. The cost
 * multiplies a list's children by its literal `first`: one full page of 1,000 rows with
 * some twenty fields fits, two such lists in one document do not.
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 30,
  maxDirectives: 50,
  maxTokens: 5_000,
  maxCost: 50_000,
} as const;

export function queryLimits(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    // Field suggestions ("did you mean …") map the schema for an attacker: off in production.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}
