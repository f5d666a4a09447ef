import { canRun, canSeeField, HIDDEN_FIELDS, isPublicOperation } from '@trident/domain';
import {
  defaultFieldResolver,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { AppError, unauthenticated } from '../common/app-error';
import type { RequestContext } from './context';

const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'];

/**
 * The one gate between a request and the resolvers, driven by the shared access matrix:
 * every root field needs a matrix entry (fail closed), a viewer unless it is public, and
 * a granted role; a hidden field resolves to null for the roles it is hidden from.
 * Record-level scope is the services' job.
 *
 * It wraps only the root fields and the hidden fields, synchronously: a middleware on
 * every field (type-graphql's globalMiddlewares) would make each scalar of each row a
 * promise, and a 5,000-contact org chart spent most of its time there.
 */
export function applyAccessControl(schema: GraphQLSchema): GraphQLSchema {
  for (const typeName of ROOT_TYPES) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const operation = `${typeName}.${field.name}`;
      const resolve: GraphQLFieldResolver<unknown, RequestContext> =
        field.resolve ?? defaultFieldResolver;
      if (isPublicOperation(operation)) continue;
      field.resolve = (root, args, context, info) => {
        if (!context.viewer) throw context.authError ?? unauthenticated();
        if (!canRun(context.viewer.roles, operation)) {
          // `reason: ROLE` tells the gate's refusal apart from a service's record-level
          // FORBIDDEN (not your deal, not your line), for clients and the access-matrix test.
          throw new AppError('FORBIDDEN', `Your role may not call ${field.name}`, {
            reason: 'ROLE',
          });
        }
        return resolve(root, args, context, info);
      };
    }
  }
  for (const hidden of Object.keys(HIDDEN_FIELDS)) {
    const [typeName, fieldName] = hidden.split('.') as [string, string];
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field) throw new Error(`access matrix hides ${hidden}, which the schema does not have`);
    const resolve: GraphQLFieldResolver<unknown, RequestContext> =
      field.resolve ?? defaultFieldResolver;
    field.resolve = (root, args, context, info) =>
      context.viewer && !canSeeField(context.viewer.roles, hidden)
        ? null
        : resolve(root, args, context, info);
  }
  return schema;
}
