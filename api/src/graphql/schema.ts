import { DateTimeResolver } from 'graphql-scalars';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { MODULES } from '../modules';
import { applyAccessControl } from './access-control';
import { normalizeArguments } from './argument-hygiene';
import { locateLiteralErrors } from './literal-locations';
import { plainFields } from './plain-fields';
import { validateArgs } from './validate-args';

/** Every resolver, from the modules' manifests. */
export const RESOLVERS = MODULES.flatMap((module) => module.resolvers) as unknown as [
  // type-graphql wants a non-empty tuple of classes; the manifests hold plenty.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own type
  Function,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own type
  ...Function[],
];

let built: Promise<GraphQLSchema> | undefined;

/** The schema is the same for every server in a process: build it once. */
export function buildTridentSchema(): Promise<GraphQLSchema> {
  return (built ??= buildSchema({
    resolvers: RESOLVERS,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validateFn: validateArgs,
  })
    .then(normalizeArguments)
    .then(locateLiteralErrors)
    .then((schema) => {
      plainFields(schema);
      return applyAccessControl(schema);
    }));
}
