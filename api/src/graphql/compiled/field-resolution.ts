import type { GraphQLField, GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { hiddenFieldRule } from '../access-control';
import type { RequestContext } from '../context';
import type { RoleCheck } from '../field-rules';

/**
 * How the compiled executor resolves one field of the schema without graphql-js:
 * - `property`: the field has no resolver (graphql-js's default: the row's property, called
 *   when it is a method);
 * - `method`: a type-graphql field resolver that takes only its row, the context and the info,
 *   with no middleware: its method is called directly, skipping type-graphql's per-call wrapper
 *   (a container lookup, a params array, a middleware chain, all empty work here);
 * - `resolve`: anything else (arguments, guards, root fields) runs the schema's own resolver,
 *   every wrapper included.
 * `hidden`, when set, is the access control's rule for a hidden field (null for those who may
 * not read it), applied by the executor because it bypasses the wrapper that applies it.
 */
export type Resolution =
  | { kind: 'property'; hidden: RoleCheck | null }
  | { kind: 'method'; hidden: RoleCheck | null; call: MethodCall }
  | { kind: 'resolve' };

/** Calls the method for a row, or answers NOT_DIRECT when the row is not of its class. */
export type MethodCall = (
  source: unknown,
  context: RequestContext,
  info: () => GraphQLResolveInfo,
) => unknown;

export const NOT_DIRECT = Symbol('not-direct');

type Field = GraphQLField<unknown, RequestContext>;
type Class = abstract new (...args: never[]) => object;

const resolutions = new WeakMap<Field, Resolution>();

export function resolutionOf(type: GraphQLObjectType, field: Field): Resolution {
  let resolution = resolutions.get(field);
  if (!resolution) {
    resolution = decide(type, field);
    resolutions.set(field, resolution);
  }
  return resolution;
}

function decide(type: GraphQLObjectType, field: Field): Resolution {
  // Arguments pass through normalisation, guards and validation: the schema's resolver.
  if (field.args.length) return { kind: 'resolve' };
  const hidden = field.resolve ? hiddenFieldRule(field) : null;
  const base = hidden ? hidden.inner : field.resolve;
  const rule = hidden?.may ?? null;
  if (!base) return { kind: 'property', hidden: rule };
  const call = directCall(type.name, field.name);
  return call ? { kind: 'method', hidden: rule, call } : { kind: 'resolve' };
}

/** One instance per resolver class, as type-graphql's default container keeps. */
const instances = new Map<unknown, Record<string, unknown>>();

/**
 * The direct call of the type-graphql field resolver behind `typeName.fieldName`, found as
 * type-graphql's schema generator finds it (by its object type, or a class that type extends), or null when it needs more than its row, the
 * context and the info (arguments, middleware, roles) or cannot be found unambiguously.
 */
function directCall(typeName: string, fieldName: string): MethodCall | null {
  const storage = getMetadataStorage();
  const objectType = storage.objectTypes.find((t) => t.name === typeName);
  if (!objectType) return null;
  // Field resolvers of this type or of a class it extends, by their name in the schema.
  const found = storage.fieldResolvers.filter((r) => {
    const of = r.getObjectType?.();
    return (
      r.schemaName === fieldName &&
      typeof of === 'function' &&
      isSameOrAncestor(of, objectType.target)
    );
  });
  if (found.length !== 1) return null;
  const resolver = found[0]!;
  const ownerClass = resolver.getObjectType!() as Class;
  if (resolver.middlewares?.length || resolver.roles?.length) return null;
  const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
  const getters: ((
    source: unknown,
    context: RequestContext,
    info: () => GraphQLResolveInfo,
  ) => unknown)[] = [];
  const rootTypes: Class[] = [];
  for (const param of params) {
    if (param.kind === 'root' && !param.propertyName) {
      const rootType = param.getType?.();
      if (rootType !== undefined) {
        if (typeof rootType !== 'function') return null;
        rootTypes.push(rootType as Class);
      }
      getters.push((source) => source);
    } else if (param.kind === 'context' && !param.propertyName) {
      getters.push((_source, context) => context);
    } else if (param.kind === 'info') {
      getters.push((_source, _context, info) => info());
    } else return null;
  }
  // type-graphql turns a row that is not of the root's class into one (`convertToType`); a row
  // that already is passes as it is. Only that case is called directly.
  const ofClass = (source: unknown) =>
    rootTypes.every((rootType) => source instanceof rootType) &&
    (resolver.kind === 'external' || source instanceof ownerClass);
  const method = resolver.methodName;
  if (resolver.kind === 'internal') {
    return (source, context, info) => {
      if (!ofClass(source)) return NOT_DIRECT;
      const value = (source as Record<string, unknown>)[method];
      if (typeof value !== 'function') return value;
      return (value as (...args: unknown[]) => unknown).apply(
        source,
        getters.map((get) => get(source, context, info)),
      );
    };
  }
  const target = resolver.target as new () => Record<string, unknown>;
  return (source, context, info) => {
    if (!ofClass(source)) return NOT_DIRECT;
    let instance = instances.get(target);
    if (!instance) instances.set(target, (instance = new target()));
    return (instance[method] as (...args: unknown[]) => unknown).apply(
      instance,
      getters.map((get) => get(source, context, info)),
    );
  };
}

function isSameOrAncestor(candidate: unknown, target: unknown): boolean {
  for (let at: unknown = target; typeof at === 'function'; at = Object.getPrototypeOf(at))
    if (at === candidate) return true;
  return false;
}
