import { canSeeField, canSeeMoney, HIDDEN_FIELDS, MONEY_TYPES, type Role } from '@trident/domain';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isNonNullType,
  isObjectType,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Who may read and write which field, derived from the schema rather than listed: money by
 * its type (MONEY_TYPES, hidden from MONEY_HIDDEN), everything else by HIDDEN_FIELDS. The
 * access control wraps what these return; the access-matrix test walks the same schema.
 */

export type RoleCheck = (roles: readonly Role[]) => boolean;

/** A field as the schema hands it out (its resolver typed as graphql-js types it). */
type SchemaField = ReturnType<GraphQLObjectType['getFields']>[string];

const isHiddenListed = (coordinate: string) =>
  Object.prototype.hasOwnProperty.call(HIDDEN_FIELDS, coordinate);

/** A field carries money when its type is a money type (Money's own parts excepted). */
export function isMoneyField(type: GraphQLObjectType, field: SchemaField) {
  return type.name !== 'Money' && MONEY_TYPES.includes(getNamedType(field.type).name);
}

/** Who may read `type.field`, or null when everyone who reaches it may. */
export function readRule(type: GraphQLObjectType, field: SchemaField): RoleCheck | null {
  const coordinate = `${type.name}.${field.name}`;
  const money = isMoneyField(type, field);
  const listed = isHiddenListed(coordinate);
  if (!money && !listed) return null;
  return (roles) => (!money || canSeeMoney(roles)) && (!listed || canSeeField(roles, coordinate));
}

/** Every field some role may not read, as `Type.field`, with its rule. */
export function hiddenFields(schema: GraphQLSchema) {
  const found: { type: GraphQLObjectType; field: SchemaField; may: RoleCheck }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const may = readRule(type, field);
      if (may) {
        // Null is how a hidden field answers: a non-null one would fail its whole parent.
        if (isNonNullType(field.type))
          throw new Error(`${type.name}.${field.name} is hidden from some roles: make it nullable`);
        found.push({ type, field, may });
      }
    }
  }
  return found;
}

/** One argument value a role may not send: where it is, and which value (for an order). */
export interface InputGuard {
  path: string[];
  /** For an order: the enum value that sorts by a hidden field. */
  value?: string;
  may: RoleCheck;
  reason: string;
}

/** The record types a field answers with: its type, a payload's records, a connection's nodes. */
function answeredTypes(field: SchemaField): GraphQLObjectType[] {
  const named = getNamedType(field.type);
  if (!isObjectType(named)) return [];
  const inner = Object.values(named.getFields())
    .map((f) => getNamedType(f.type))
    .filter(isObjectType);
  return [named, ...inner];
}

const comparable = (name: string) => name.replace(/_/g, '').toLowerCase();

/**
 * Writes follow reads: the arguments and input fields a role may not send to `field`. A
 * money-typed input is money; an input field named like a hidden field of a type the
 * operation answers with writes that field; an order whose field enum names a hidden field
 * (POTENTIAL, AMOUNT) sorts by it, which tells its value as surely as reading it.
 */
export function inputGuards(field: SchemaField): InputGuard[] {
  const answered = answeredTypes(field);
  const hiddenOf = (name: string): RoleCheck | null => {
    for (const type of answered) {
      const target = type.getFields()[name];
      const may = target && readRule(type, target);
      if (may) return may;
    }
    return null;
  };
  const guards: InputGuard[] = [];
  const walk = (type: GraphQLInputType, path: string[], seen: string[]) => {
    const named = getNamedType(type);
    if (MONEY_TYPES.includes(named.name)) {
      guards.push({ path, may: canSeeMoney, reason: 'MONEY' });
      return;
    }
    if (!isInputObjectType(named) || seen.includes(named.name)) return;
    for (const inner of Object.values(named.getFields())) {
      const innerPath = [...path, inner.name];
      const innerType = getNamedType(inner.type);
      const may = !MONEY_TYPES.includes(innerType.name) && hiddenOf(inner.name);
      if (may) guards.push({ path: innerPath, may, reason: 'FIELD_HIDDEN' });
      if (inner.name === 'field' && isEnumType(innerType)) {
        for (const value of innerType.getValues()) {
          const target = answered
            .flatMap((t) => Object.values(t.getFields()).map((f) => ({ t, f })))
            .find(({ f }) => comparable(f.name) === comparable(value.name));
          const rule = target && readRule(target.t, target.f);
          if (rule)
            guards.push({ path: innerPath, value: value.name, may: rule, reason: 'ORDER_HIDDEN' });
        }
      }
      walk(inner.type, innerPath, [...seen, named.name]);
    }
  };
  for (const arg of field.args) walk(arg.type, [arg.name], []);
  return guards;
}

/** Whether `value` holds something at `path` (through lists), equal to `expected` if given. */
export function sends(value: unknown, path: readonly string[], expected?: string): boolean {
  if (Array.isArray(value)) return value.some((item) => sends(item, path, expected));
  if (path.length === 0) return expected === undefined ? value !== undefined : value === expected;
  if (value === null || typeof value !== 'object') return false;
  const [head, ...rest] = path as [string, ...string[]];
  if (!(head in value)) return false;
  return sends((value as Record<string, unknown>)[head], rest, expected);
}
