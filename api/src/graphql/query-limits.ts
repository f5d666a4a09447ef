import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';

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
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // Counted by tokenLimit below instead.
    maxTokens: { enabled: false },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    // Field suggestions ("did you mean …") map the schema for an attacker: off in production.
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return { ...armor, plugins: [...armor.plugins, tokenLimit(QUERY_LIMITS.maxTokens)] };
}

/** Whether the document has more than `max` tokens; a syntax error ends the count. */
function tooManyTokens(source: string, max: number): boolean {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) if (++count > max) return true;
  } catch {
    // Apollo's own parse reports the syntax error, as a 400.
  }
  return false;
}

class TokenLimitError extends GraphQLError {}

/**
 * The token limit, checked before Apollo parses the document. graphql-armor's own check
 * parses in `parsingDidStart`, where Apollo answers any exception — a plain syntax error
 * too — with HTTP 500; this one leaves syntax errors to Apollo's parser and refuses a long
 * document with a 400.
 */
function tokenLimit(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async parsingDidStart({ source }) {
          if (source !== undefined && tooManyTokens(source, max)) {
            throw new TokenLimitError(`Syntax Error: Token limit of ${max} exceeded.`, {
              extensions: { code: 'GRAPHQL_PARSE_FAILED', http: { status: 400 } },
            });
          }
        },
      };
    },
    // Apollo masks an exception of a request hook as a 500 unless this hook throws it on.
    async unexpectedErrorProcessingRequest({ error }) {
      if (error instanceof TokenLimitError) throw error;
    },
  };
}

/**
 * graphql-armor words its refusals "Syntax Error: Query Cost limit of 50000 exceeded, found
 * 123100." for a query that is well formed: a BI author reads that as a typo. The limit a
 * query went over, said as such, with the numbers as extensions a tool can read.
 */
const LIMIT_WORDS: Record<string, { limit: string; say: (max: number, found?: number) => string }> =
  {
    'query cost': {
      limit: 'COST',
      say: (max, found) =>
        `The query would cost ${found}, over the limit of ${max}: ask fewer rows per list (first) or fewer nested lists`,
    },
    'query depth': {
      limit: 'DEPTH',
      say: (max, found) => `The query nests ${found} levels, over the limit of ${max}`,
    },
    aliases: {
      limit: 'ALIASES',
      say: (max, found) => `The query has ${found} aliases, over the limit of ${max}`,
    },
    directives: {
      limit: 'DIRECTIVES',
      say: (max, found) => `The query has ${found} directives, over the limit of ${max}`,
    },
    token: {
      limit: 'TOKENS',
      say: (max) => `The document has more than ${max} tokens, over the limit`,
    },
  };

export function queryLimitRefusal(
  message: string,
): { message: string; limit: string; max: number; found?: number } | undefined {
  const match =
    /^Syntax Error: (Query Cost|Query depth|Aliases|Directives|Token) limit of (\d+) exceeded(?:, found (\d+(?:\.\d+)?))?\.?$/i.exec(
      message,
    );
  const words = match && LIMIT_WORDS[match[1]!.toLowerCase()];
  if (!match || !words) return undefined;
  const max = Number(match[2]);
  const found = match[3] === undefined ? undefined : Number(match[3]);
  return {
    message: words.say(max, found),
    limit: words.limit,
    max,
    ...(found === undefined ? {} : { found }),
  };
}
