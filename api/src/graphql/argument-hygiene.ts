import {
  defaultFieldResolver,
  getNamedType,
  isInputObjectType,
  isNonNullType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { badInput } from '../common/app-error';
import { isUuid } from '../common/ids';

/** Where ID values sit in a field's arguments: paths through input objects (lists walked). */
function idPaths(type: GraphQLInputType, path: string[], seen: string[]): string[][] {
  const named = getNamedType(type);
  if (named.name === 'ID') return [path];
  if (!isInputObjectType(named) || seen.includes(named.name)) return [];
  return Object.values(named.getFields()).flatMap((field) =>
    idPaths(field.type, [...path, field.name], [...seen, named.name]),
  );
}

/** The first value at `path` (through lists) that is not a uuid. */
function badId(value: unknown, path: readonly string[]): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = badId(item, path);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (!path.length) return typeof value === 'string' && isUuid(value) ? undefined : String(value);
  if (typeof value !== 'object') return undefined;
  const [head, ...rest] = path as [string, ...string[]];
  return badId((value as Record<string, unknown>)[head], rest);
}

const unwrapNonNull = (type: GraphQLInputType) => (isNonNullType(type) ? type.ofType : type);

/**
 * Arguments made sound once, for every field, before any resolver sees them:
 * - an optional argument sent as `null` means what leaving it out means (no filter, the
 *   default order, the first page); graphql-js hands resolvers the null, which skips
 *   default parameter values and reached services as `null.accountId`. Nulls inside input
 *   objects keep their meaning ("clear this field").
 * - every ID is a uuid: anything else is BAD_USER_INPUT naming the field, never a failed
 *   cast in SQL.
 */
export function normalizeArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length) continue;
      const optional = field.args.filter((arg) => !isNonNullType(arg.type)).map((a) => a.name);
      const ids = field.args.flatMap((arg) =>
        idPaths(unwrapNonNull(arg.type) as GraphQLInputType, [arg.name], []),
      );
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args: Record<string, unknown>, context, info) => {
        let cleaned = args;
        for (const name of optional) {
          if (cleaned[name] !== null) continue;
          if (cleaned === args) cleaned = { ...args };
          delete cleaned[name];
        }
        for (const path of ids) {
          if (badId(cleaned, path) === undefined) continue;
          const inner =
            path.length > 1 && ['input', 'filter'].includes(path[0]!) ? path.slice(1) : path;
          throw badInput(inner.join('.'), 'NOT_AN_ID');
        }
        return resolve(root, cleaned, context, info);
      };
    }
  }
  return schema;
}
