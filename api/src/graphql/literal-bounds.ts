import type { ApolloServerPlugin } from '@apollo/server';
import { getMetadataStorage as validationMetadata } from 'class-validator';
import { MAX_PAGE_SIZE } from '@trident/domain';
import {
  getNamedType,
  GraphQLError,
  isObjectType,
  Kind,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { AppError, badInput } from '../common/app-error';

interface Bounds {
  min?: number;
  max?: number;
}

/**
 * The numeric bounds an argument declares (class-validator's @Min/@Max on its @Args class,
 * PageArgs' `first` 1–1000), per `Type.field` of the schema, read from the metadata type-graphql
 * and class-validator already hold, so a new bounded argument is covered the day it is added.
 */
function declaredBounds(): Map<string, Map<string, Bounds>> {
  const storage = getMetadataStorage();
  const byField = new Map<string, Map<string, Bounds>>();
  const objectTypeName = (target: unknown) =>
    storage.objectTypes.find((t) => t.target === target)?.name;
  const resolvers = [
    ...storage.queries.map((r) => ({ type: 'Query', name: r.schemaName, params: r.params })),
    ...storage.mutations.map((r) => ({ type: 'Mutation', name: r.schemaName, params: r.params })),
    ...storage.fieldResolvers.map((r) => ({
      type: objectTypeName(r.getObjectType?.()),
      name: r.schemaName,
      params: r.params,
    })),
  ];
  for (const { type, name, params } of resolvers) {
    if (!type) continue;
    for (const param of params ?? []) {
      if (param.kind !== 'args') continue;
      const argsClass = param.getType();
      if (typeof argsClass !== 'function') continue;
      for (const rule of validationMetadata().getTargetValidationMetadatas(
        argsClass,
        '',
        true,
        false,
      )) {
        if (rule.name !== 'min' && rule.name !== 'max') continue;
        const key = `${type}.${name}`;
        const args = byField.get(key) ?? new Map<string, Bounds>();
        const bounds = args.get(rule.propertyName) ?? {};
        bounds[rule.name] = Number(rule.constraints[0]);
        args.set(rule.propertyName, bounds);
        byField.set(key, args);
      }
    }
  }
  return byField;
}

/**
 * The page arguments of every connection (a type with `nodes` and `totalCount`), as DESIGN.md §3
 * has them, for lists that take `first` and `offset` as arguments of their own rather than
 * PageArgs: `first` 1–MAX_PAGE_SIZE, `offset` from 0.
 */
function connectionBounds(schema: GraphQLSchema, into: Map<string, Map<string, Bounds>>) {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const returned = getNamedType(field.type);
      const fields = isObjectType(returned) ? returned.getFields() : {};
      if (!fields.nodes || !fields.totalCount) continue;
      const key = `${type.name}.${field.name}`;
      const args = into.get(key) ?? new Map<string, Bounds>();
      for (const arg of field.args) {
        if (getNamedType(arg.type).name !== 'Int' || args.has(arg.name)) continue;
        if (arg.name === 'first') args.set('first', { min: 1, max: MAX_PAGE_SIZE });
        if (arg.name === 'offset') args.set('offset', { min: 0 });
      }
      into.set(key, args);
    }
  }
}

/**
 * An argument written in the document outside its declared bounds (`accounts(first: 100000)`)
 * is refused while validating, naming the argument as the resolver would (`field: first`,
 * `AT_MOST`). Without it the cost limit, which multiplies a list by its literal `first`, refused
 * such a document first, and said only that it cost too much (it still says so, after this).
 * Call once the schema is built: the metadata is complete only then.
 */
export function literalBounds(schema: GraphQLSchema): ValidationRule {
  const bounds = declaredBounds();
  connectionBounds(schema, bounds);
  return (context) => ({
    Argument(node) {
      const field = context.getFieldDef();
      const parent = context.getParentType();
      if (!field || !parent || node.value.kind !== Kind.INT) return;
      const declared = bounds.get(`${parent.name}.${field.name}`)?.get(node.name.value);
      if (!declared) return;
      const value = Number(node.value.value);
      const refusal =
        declared.max !== undefined && value > declared.max
          ? badInput(node.name.value, 'AT_MOST', { max: declared.max })
          : declared.min !== undefined && value < declared.min
            ? badInput(node.name.value, 'AT_LEAST', { min: declared.min })
            : null;
      if (refusal)
        context.reportError(
          new GraphQLError(refusal.message, { nodes: node, originalError: refusal }),
        );
    },
  });
}

/**
 * The argument out of bounds comes first among the validation errors: the cost limit's refusal
 * of the same document is its consequence, and clients read the first error.
 */
export function boundsErrorsFirst(): ApolloServerPlugin {
  const rank = (error: Error) =>
    error instanceof GraphQLError && error.originalError instanceof AppError ? 0 : 1;
  return {
    async requestDidStart() {
      return {
        async validationDidStart() {
          return async (errors) => {
            // Apollo answers with this very array (typed read-only for listeners): a stable
            // sort keeps each group's order. http-hardening.test holds the order.
            (errors as Error[] | undefined)?.sort((a, b) => rank(a) - rank(b));
          };
        },
      };
    },
  };
}
