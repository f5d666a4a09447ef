import { parsePeriod } from '@trident/domain';
import {
  defaultFieldResolver,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { badInput, type AppError } from '../common/app-error';
import { isUuid } from '../common/ids';
import { CURRENCY_CODE } from '../common/validation';

/** Written dates must fall in these years, as periods do (`parsePeriod`: 2000–2100). */
const WRITABLE_YEARS = { min: 2000, max: 2100 } as const;

/** Scalars whose values are points in time, compared and bounded as such. */
const DATE_SCALARS = new Set(['DateTime', 'LocalDate']);
/** Scalars an argument pair may be a range of. */
const RANGE_SCALARS = new Set(['DateTime', 'LocalDate', 'Period']);
/** Lists of these (and of enum values) name each item once; numbers may repeat (scores). */
const UNIQUE_ITEM_SCALARS = new Set(['ID', 'String']);
/** The currencies there are (ISO 4217, as this runtime knows them): "ZZZ" has the shape only. */
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
/** What names a record to people: a name or a title. */
const NAMING_FIELDS = new Set(['name', 'title']);
/**
 * How long a text given as a mutation's own argument may be (a reason, a note, a bank reference,
 * a title): input objects declare each field's length, plain arguments had none, and 100,000
 * characters were stored and copied into notifications. Names and titles are short.
 */
export const PLAIN_TEXT_MAX = 2000;
export const PLAIN_NAME_MAX = 300;
/** How many items a list given as a field's own argument may hold, as input objects' lists. */
export const PLAIN_LIST_MAX = 500;
/** Characters that turn the direction of the text after them (display spoofing: "abc\u202Efdp.exe"). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

type Slot = GraphQLArgument | GraphQLInputField;

/** A place in a field's arguments: the path to it (lists walked through) and what it is. */
interface Place {
  path: string[];
  slot: Slot;
}

/** A set of fields side by side (the arguments, or one input object's fields) and its path. */
interface Container {
  path: string[];
  slots: readonly Slot[];
}

const unwrapNonNull = (type: GraphQLInputType): GraphQLInputType =>
  isNonNullType(type) ? type.ofType : type;

/** Every place in a field's arguments, through input objects, once per branch of a cycle. */
function walk(
  args: readonly Slot[],
  path: string[],
  seen: string[],
  places: Place[],
  containers: Container[],
) {
  containers.push({ path, slots: args });
  for (const slot of args) {
    const here = [...path, slot.name];
    places.push({ path: here, slot });
    const named = getNamedType(slot.type);
    if (isInputObjectType(named) && !seen.includes(named.name)) {
      walk(Object.values(named.getFields()), here, [...seen, named.name], places, containers);
    }
  }
}

/**
 * The values at `path` in `value`, lists on the way walked through; the value at the end of
 * the path as it is (a list stays a list).
 */
function valuesAt(value: unknown, path: readonly string[]): unknown[] {
  if (value === null || value === undefined) return [];
  if (!path.length) return [value];
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, path));
  if (typeof value !== 'object') return [];
  const [head, ...rest] = path as [string, ...string[]];
  return valuesAt((value as Record<string, unknown>)[head], rest);
}

/** The single values of a slot: the items of its lists, nulls left out. */
const leaves = (values: unknown[]): unknown[] =>
  values.flatMap((value) =>
    Array.isArray(value) ? leaves(value) : value === null || value === undefined ? [] : [value],
  );

/** How a field is named in errors: without the `input`/`filter` argument that wraps it. */
const fieldName = (path: readonly string[]) =>
  (path.length > 1 && ['input', 'filter'].includes(path[0]!) ? path.slice(1) : path).join('.');

/** The year of a DateTime (a Date, in UTC) or a LocalDate (`YYYY-MM-DD`). */
function yearOf(value: unknown): number | undefined {
  if (value instanceof Date) return value.getUTCFullYear();
  if (typeof value === 'string') return Number(value.slice(0, 4));
  return undefined;
}

/** Whether `end` lies before `start`, both values of the scalar `scalar`. */
function endsBeforeStart(scalar: string, start: unknown, end: unknown): boolean {
  if (scalar === 'Period') {
    // As revenueSummary: the end period must not be over before the start period begins.
    const from = typeof start === 'string' ? parsePeriod(start) : null;
    const to = typeof end === 'string' ? parsePeriod(end) : null;
    return !!from && !!to && to.to <= from.from;
  }
  if (start instanceof Date && end instanceof Date) return end.getTime() < start.getTime();
  // LocalDate: YYYY-MM-DD sorts as text.
  return typeof start === 'string' && typeof end === 'string' && end < start;
}

/** Names that start a range, alone or as a suffix, and the names that end it. */
const RANGE_ENDS: Record<string, string> = { From: 'To', After: 'Before', Start: 'End' };

/** The name that ends the range `name` starts, if `name` starts one. */
function rangeEnd(name: string): string | undefined {
  if (name === 'from') return 'to';
  if (name === 'start') return 'end';
  const match = /^(.+)(From|After|Start)$/.exec(name);
  return match ? `${match[1]}${RANGE_ENDS[match[2]!]}` : undefined;
}

/** An input object as compared for repeats: its fields in order, texts trimmed and lower-cased. */
function itemKey(item: unknown): string {
  return JSON.stringify(item, (_key, value: unknown) => {
    if (typeof value === 'string') return value.trim().toLowerCase();
    if (value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date))
      return Object.fromEntries(
        Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    return value;
  });
}

/** A check of a field's (already null-cleaned) arguments: the error, or undefined. */
type Check = (args: Record<string, unknown>) => AppError | undefined;

/** The checks a field's arguments get, read from their types and names in the schema. */
function checksFor(args: readonly GraphQLArgument[], mutation: boolean): Check[] {
  const places: Place[] = [];
  const containers: Container[] = [];
  walk(args, [], [], places, containers);
  const checks: Check[] = [];
  for (const { path, slot } of places) {
    const named = getNamedType(slot.type);
    const field = fieldName(path);
    // Every ID is a uuid.
    if (named.name === 'ID') {
      checks.push((values) =>
        leaves(valuesAt(values, path)).some((id) => typeof id !== 'string' || !isUuid(id))
          ? badInput(field, 'NOT_AN_ID')
          : undefined,
      );
    }
    // Every currency is an ISO 4217 code, in queries as in writes.
    if (slot.name === 'currency' && named.name === 'String') {
      checks.push((values) =>
        leaves(valuesAt(values, path)).some(
          (c) => typeof c !== 'string' || !CURRENCY_CODE.test(c) || !CURRENCIES.has(c),
        )
          ? badInput(field, 'CURRENCY_CODE')
          : undefined,
      );
    }
    // A list of the field's own arguments (ids to cover, steps to gate on) is bounded as the
    // lists inside input objects are (ArrayMaxSize): 10,000 ids were taken whole.
    if (path.length === 1 && isListType(unwrapNonNull(slot.type))) {
      checks.push((values) =>
        valuesAt(values, path).some(
          (items) => Array.isArray(items) && items.length > PLAIN_LIST_MAX,
        )
          ? badInput(field, 'TOO_MANY', { max: PLAIN_LIST_MAX })
          : undefined,
      );
    }
    if (!mutation) continue;
    // A written text of the mutation's own arguments has a length it may not pass.
    if (path.length === 1 && named.name === 'String') {
      const max = NAMING_FIELDS.has(slot.name) ? PLAIN_NAME_MAX : PLAIN_TEXT_MAX;
      checks.push((values) =>
        leaves(valuesAt(values, path)).some((text) => typeof text === 'string' && text.length > max)
          ? badInput(field, 'TOO_LONG', { max })
          : undefined,
      );
    }
    // A written name or title says something (a letter or a digit: not only invisible or
    // punctuation characters) and does not turn the direction of the text around it.
    if (NAMING_FIELDS.has(slot.name) && named.name === 'String') {
      checks.push((values) => {
        const texts = leaves(valuesAt(values, path)).filter(
          (text): text is string => typeof text === 'string' && text.trim() !== '',
        );
        if (texts.some((text) => BIDI_CONTROLS.test(text))) return badInput(field, 'BIDI_CONTROL');
        return texts.some((text) => !LETTER_OR_DIGIT.test(text))
          ? badInput(field, 'LETTERS_OR_DIGITS')
          : undefined;
      });
    }
    // A written date lies in 2000–2100: year 1000 or 9999 is a typo, never a plan.
    if (DATE_SCALARS.has(named.name)) {
      checks.push((values) =>
        leaves(valuesAt(values, path)).some((date) => {
          const year = yearOf(date);
          return year !== undefined && (year < WRITABLE_YEARS.min || year > WRITABLE_YEARS.max);
        })
          ? badInput(field, 'BETWEEN', {
              min: `${WRITABLE_YEARS.min}-01-01`,
              max: `${WRITABLE_YEARS.max}-12-31`,
            })
          : undefined,
      );
    }
    // A written list of ids, texts or choices names each item once.
    const list = unwrapNonNull(slot.type);
    if (isListType(list)) {
      const item = unwrapNonNull(list.ofType as GraphQLInputType);
      if (!isListType(item) && (UNIQUE_ITEM_SCALARS.has(item.name) || isEnumType(item))) {
        const ids = item.name === 'ID';
        checks.push((values) =>
          valuesAt(values, path).some((items) => {
            if (!Array.isArray(items)) return false;
            const present = items
              .filter((x) => x !== null && x !== undefined)
              .map((x) => (ids && typeof x === 'string' ? x.toLowerCase() : x));
            return new Set(present).size < present.length;
          })
            ? badInput(field, 'DUPLICATES')
            : undefined,
        );
      }
      // A list of input objects (a deal's decision contacts, its competitors) does not give
      // the same item twice: equal once texts are trimmed and compared without case.
      if (isInputObjectType(item)) {
        checks.push((values) =>
          valuesAt(values, path).some((items) => {
            if (!Array.isArray(items)) return false;
            const keys = items.filter((x) => x !== null && x !== undefined).map(itemKey);
            return new Set(keys).size < keys.length;
          })
            ? badInput(field, 'DUPLICATES')
            : undefined,
        );
      }
    }
  }
  // A range with both ends given (from/to, xFrom/xTo, xAfter/xBefore, start/end, xStart/xEnd)
  // does not end before it starts.
  for (const container of containers) {
    const byName = new Map(container.slots.map((slot) => [slot.name, slot]));
    for (const start of container.slots) {
      const endName = rangeEnd(start.name);
      const end = endName === undefined ? undefined : byName.get(endName);
      const scalar = getNamedType(start.type).name;
      if (!end || !RANGE_SCALARS.has(scalar) || getNamedType(end.type).name !== scalar) continue;
      const field = fieldName([...container.path, end.name]);
      checks.push((values) => {
        const holders = container.path.length ? valuesAt(values, container.path) : [values];
        return leaves(holders).some((holder) => {
          if (typeof holder !== 'object') return false;
          const { [start.name]: from, [end.name]: to } = holder as Record<string, unknown>;
          return from != null && to != null && endsBeforeStart(scalar, from, to);
        })
          ? badInput(field, 'END_BEFORE_START')
          : undefined;
      });
    }
  }
  return checks;
}

/**
 * Arguments made sound once, for every field, before any resolver sees them; each rule is
 * read from the schema (types and names), never from a list of fields:
 * - an optional argument sent as `null` means what leaving it out means (no filter, the
 *   default order, the first page); graphql-js hands resolvers the null, which skips
 *   default parameter values and reached services as `null.accountId`. Nulls inside input
 *   objects keep their meaning ("clear this field").
 * - every ID is a uuid: anything else is BAD_USER_INPUT naming the field, never a failed
 *   cast in SQL (NOT_AN_ID).
 * - every `currency` (a String argument or input field) is an ISO 4217 code (CURRENCY_CODE).
 * - a range (`from`/`to`, `xFrom`/`xTo`, `xAfter`/`xBefore`, `start`/`end`, `xStart`/`xEnd`
 *   of DateTime, LocalDate or Period) does not end before it starts (END_BEFORE_START,
 *   naming the end).
 * - in a mutation, every DateTime and LocalDate lies in years 2000–2100 (BETWEEN); a list of
 *   IDs, strings, enum values or input objects does not repeat an item (DUPLICATES); every
 *   `name` and `title` holds a letter or a digit (LETTERS_OR_DIGITS) and no direction-turning
 *   control character (BIDI_CONTROL).
 * - every `currency` is one the runtime knows (CURRENCY_CODE: "ZZZ" has only the shape).
 */
export function normalizeArguments(schema: GraphQLSchema): GraphQLSchema {
  const mutationType = schema.getMutationType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length) continue;
      const optional = field.args.filter((arg) => !isNonNullType(arg.type)).map((a) => a.name);
      const checks = checksFor(field.args, type === mutationType);
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args: Record<string, unknown>, context, info) => {
        let cleaned = args;
        for (const name of optional) {
          if (cleaned[name] !== null) continue;
          if (cleaned === args) cleaned = { ...args };
          delete cleaned[name];
        }
        for (const check of checks) {
          const error = check(cleaned);
          if (error) throw error;
        }
        return resolve(root, cleaned, context, info);
      };
    }
  }
  return schema;
}
