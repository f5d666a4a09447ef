import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import type { RequestContext } from '../context';
import { compileQuery, GIVE_UP, type CompiledQuery } from './compile-operation';

/** How many operations the compiled executor answered and handed to graphql-js, per process. */
export const compiledRuns = { answered: 0, handedOver: 0 };

/**
 * Runs queries on the compiled executor (`compile-operation.ts`) in place of graphql-js, once
 * Apollo has parsed and validated them and every plugin's `didResolveOperation` has run (the
 * safelist, the cost limits, the replica). Compiled once per parsed document, which Apollo
 * keeps in its document cache; a document that cannot be compiled, or a run that gives up,
 * is executed by graphql-js as before.
 */
export function compiledExecution(): ApolloServerPlugin<RequestContext> {
  const compiled = new WeakMap<OperationDefinitionNode, CompiledQuery | null>();
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ schema, document, operation, contextValue, request }) {
          if (operation.operation !== 'query') return null;
          let query = compiled.get(operation);
          if (query === undefined) {
            query = compileQuery(schema, document, operation);
            compiled.set(operation, query);
          }
          if (!query) return null;
          const data = await query.run(contextValue, request.variables);
          if (data === GIVE_UP) {
            compiledRuns.handedOver += 1;
            return null;
          }
          compiledRuns.answered += 1;
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data } },
          };
        },
      };
    },
  };
}
