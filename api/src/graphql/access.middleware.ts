import { canRun, canSeeField, isPublicOperation } from '@trident/domain';
import type { MiddlewareFn } from 'type-graphql';
import { forbidden, unauthenticated } from '../common/app-error';
import type { RequestContext } from './context';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * The one gate between a request and the resolvers, driven by the shared access matrix:
 * every root field needs a matrix entry (fail closed), a viewer unless it is public, and
 * a granted role; a hidden field resolves to null for the roles it is hidden from.
 * Record-level scope is the services' job.
 */
export const AccessMiddleware: MiddlewareFn<RequestContext> = async ({ context, info }, next) => {
  const parent = info.parentType.name;
  if (ROOT_TYPES.has(parent)) {
    const operation = `${parent}.${info.fieldName}`;
    if (!isPublicOperation(operation)) {
      if (!context.viewer) throw context.authError ?? unauthenticated();
      if (!canRun(context.viewer.roles, operation)) {
        throw forbidden(`Your role may not call ${info.fieldName}`);
      }
    }
    return next();
  }
  if (context.viewer && !canSeeField(context.viewer.roles, `${parent}.${info.fieldName}`)) {
    return null;
  }
  return next();
};
