import { canRun, isPublicOperation } from '@trident/domain';
import {
  defaultFieldResolver,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { AppError, unauthenticated } from '../common/app-error';
import type { RequestContext } from './context';
import { hiddenFields, inputGuards, sends, type RoleCheck } from './field-rules';

const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'];

/** A hidden field's wrapper, its rule and what it wraps: the compiled executor applies both. */
interface HiddenWrap {
  wrapper: GraphQLFieldResolver<unknown, RequestContext>;
  may: RoleCheck;
  inner: GraphQLFieldResolver<unknown, RequestContext> | undefined;
}

const hiddenWraps = new WeakMap<object, HiddenWrap>();

/**
 * When a field's resolver is exactly the hidden-field wrapper (no other guard around it):
 * who may read it, and the resolver it wraps (undefined: the default, a property read).
 */
export function hiddenFieldRule(field: {
  resolve?: GraphQLFieldResolver<unknown, RequestContext>;
}): Omit<HiddenWrap, 'wrapper'> | null {
  const wrap = hiddenWraps.get(field);
  return wrap && wrap.wrapper === field.resolve ? { may: wrap.may, inner: wrap.inner } : null;
}

/**
 * The one gate between a request and the resolvers, driven by the shared access matrix:
 * every root field needs a matrix entry (fail closed), a viewer unless it is public, and
 * a granted role; a hidden field (money by its type, others by HIDDEN_FIELDS: field-rules)
 * resolves to null for the roles it is hidden from, and an argument that would write,
 * filter or order by such a field is refused with FORBIDDEN naming it. Record-level scope
 * is the services' job.
 *
 * It wraps only the root fields, the hidden fields and the fields whose arguments reach a
 * hidden one, synchronously: a middleware on
 * every field (type-graphql's globalMiddlewares) would make each scalar of each row a
 * promise, and a 5,000-contact org chart spent most of its time there.
 */
export function applyAccessControl(schema: GraphQLSchema): GraphQLSchema {
  // Innermost first: the gate on a root field must run before its input guards.
  for (const { field, may } of hiddenFields(schema)) {
    const inner = field.resolve as GraphQLFieldResolver<unknown, RequestContext> | undefined;
    const resolve = inner ?? defaultFieldResolver;
    const wrapper: GraphQLFieldResolver<unknown, RequestContext> = (root, args, context, info) =>
      context.viewer && !may(context.viewer.roles) ? null : resolve(root, args, context, info);
    field.resolve = wrapper;
    hiddenWraps.set(field, { wrapper, may, inner });
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const guards = inputGuards(field);
      if (!guards.length) continue;
      const resolve: GraphQLFieldResolver<unknown, RequestContext> =
        field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context, info) => {
        // Without a viewer the gate inside answers UNAUTHENTICATED.
        const roles = context.viewer?.roles;
        if (roles)
          for (const guard of guards) {
            if (guard.may(roles) || !sends(args, guard.path, guard.value)) continue;
            const [, ...inner] = guard.path;
            throw new AppError(
              'FORBIDDEN',
              `Your role may not ${guard.value ? `order by ${guard.value}` : `set ${guard.path.join('.')}`}`,
              {
                field: guard.value || !inner.length ? guard.path[0] : inner.join('.'),
                reason: guard.reason,
              },
            );
          }
        return resolve(root, args, context, info);
      };
    }
  }
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
  return schema;
}
