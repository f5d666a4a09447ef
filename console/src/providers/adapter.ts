/**
 * react-admin's CRUD calls mapped onto Trident's conventions, read from the static
 * introspection codegen emits (src/gql/introspection.json): for a resource named after its
 * list query (`accounts`), the node type, the single-record query, the filter and order
 * types, the create and update mutations and their inputs all come from the schema. A
 * resource brings only the fragment it selects and what deviates (`ResourceData`).
 */
import {
  buildClientSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type DocumentNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type IntrospectionQuery,
} from 'graphql';
import { HttpError } from 'react-admin';
import introspection from '../gql/introspection.json';

export type Row = Record<string, unknown>;

/** What a resource folder tells the adapter: its fields, and only where the API deviates. */
export interface ResourceData {
  /** A fragment on the node type: what every read and write of the resource selects. */
  fragment: DocumentNode;
  /** The mutation that creates a record when it is not `create<Type>` (a domain verb). */
  create?: string;
  /** Form values → the mutation's input, before it is cut to the input type's fields. */
  toInput?: (values: Row) => Row;
  /** The list's filter form → the API's filter (e.g. one pick → a list of ids). */
  toFilter?: (filter: Row) => Row;
  /**
   * For a plain list (read whole), whether a row passes the filter; by default each filter
   * value must equal the row's field of the same name.
   */
  matches?: (row: Row, filter: Row) => boolean;
}

const sameFields = (row: Row, filter: Row) =>
  Object.entries(filter).every(([key, value]) => row[key] === value);

/** One operation for Apollo, and how to read react-admin's answer from its data. */
export interface Operation {
  document: DocumentNode;
  variables: Row;
  parse: (data: Row) => Row;
}

export type FetchType =
  'GET_LIST' | 'GET_MANY_REFERENCE' | 'GET_MANY' | 'GET_ONE' | 'CREATE' | 'UPDATE';

const schema = buildClientSchema(introspection as unknown as IntrospectionQuery);
const queries = schema.getQueryType()!.getFields();
const mutations = schema.getMutationType()!.getFields();

/** What the schema says about one resource. */
interface Shape {
  list: GraphQLField<unknown, unknown>;
  node: GraphQLObjectType;
  /** The list is a plain array without arguments (small, configured lists). */
  plain: boolean;
  one?: GraphQLField<unknown, unknown>;
  filter?: GraphQLArgument;
  filterHasIds: boolean;
  orderBy?: GraphQLArgument;
  orderFields: string[];
  create?: GraphQLField<unknown, unknown>;
  update?: GraphQLField<unknown, unknown>;
}

const shapes = new Map<string, Shape>();

function shapeOf(resource: string, data: ResourceData): Shape {
  const known = shapes.get(resource);
  if (known) return known;
  const list = queries[resource];
  if (!list) throw new Error(`Unknown resource ${resource}`);
  const listType = getNullableType(list.type);
  const plain = isListType(listType);
  const nodes = !plain && isObjectType(listType) ? listType.getFields().nodes : undefined;
  const node = getNamedType(plain ? listType : nodes?.type);
  if (!isObjectType(node)) throw new Error(`${resource}: not a list or a connection`);
  const one = Object.values(queries).find(
    (field) =>
      getNamedType(field.type) === node &&
      !isListType(getNullableType(field.type)) &&
      field.args.length === 1 &&
      field.args[0]!.name === 'id',
  );
  const filter = list.args.find((arg) => arg.name === 'filter');
  const filterType = filter && getNamedType(filter.type);
  const orderBy = list.args.find((arg) => arg.name === 'orderBy');
  const orderType = orderBy && getNamedType(orderBy.type);
  const orderField = isInputObjectType(orderType) ? orderType.getFields().field : undefined;
  const orderEnum = orderField && getNamedType(orderField.type);
  const shape: Shape = {
    list,
    node,
    plain,
    one,
    filter,
    filterHasIds: isInputObjectType(filterType) && 'ids' in filterType.getFields(),
    orderBy,
    orderFields: isEnumType(orderEnum) ? orderEnum.getValues().map((v) => v.name) : [],
    create: mutations[data.create ?? `create${node.name}`],
    update: mutations[`update${node.name}`],
  };
  shapes.set(resource, shape);
  return shape;
}

const SNAKE = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

/**
 * react-admin's sort field → the order enum: `createdAt` → CREATED_AT, and where the
 * column shows part of a value, its root (`potential.amount` → POTENTIAL,
 * `stageId` → STAGE, `expectedCloseDate` → EXPECTED_CLOSE). None when the API cannot sort.
 */
export function orderFieldFor(field: string, values: readonly string[]): string | undefined {
  const root = field.replace(/\.amount$/, '');
  return [root, root.replace(/Id$/, ''), root.replace(/Date$/, '')]
    .map(SNAKE)
    .find((candidate) => values.includes(candidate));
}

const fragmentName = (fragment: DocumentNode) => {
  const definition = fragment.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  if (!definition) throw new Error('ResourceData.fragment holds no fragment');
  return definition.name.value;
};

/** An operation written from the schema, with the resource's fragment appended. */
function document(text: string, fragment: DocumentNode): DocumentNode {
  const operation = parse(text);
  return { ...operation, definitions: [...operation.definitions, ...fragment.definitions] };
}

const blank = (value: unknown) => value === undefined || value === null || value === '';

/** Nothing in it: null, blank, or an object whose fields are all nothing. */
function isEmpty(value: unknown): boolean {
  if (blank(value)) return true;
  if (typeof value !== 'object' || Array.isArray(value) || value instanceof Date) return false;
  return Object.values(value as Row).every(isEmpty);
}

/**
 * A value cut to what an input type accepts: object fields it does not name (`__typename`,
 * nested records read alongside ids) are left out, recursively. Money is sent as a decimal
 * string with its currency, and a cleared amount clears the whole value.
 */
export function toInputValue(value: unknown, type: GraphQLInputType): unknown {
  const nullable = getNullableType(type);
  if (value === null || value === undefined) return value;
  if (isListType(nullable)) {
    return Array.isArray(value)
      ? value.map((item) => toInputValue(item, nullable.ofType as GraphQLInputType))
      : value;
  }
  if (!isInputObjectType(nullable) || typeof value !== 'object') return value;
  const row = value as Row;
  if (nullable.name === 'MoneyInput') {
    return blank(row.amount)
      ? null
      : { amount: String(row.amount), currency: (row.currency as string) || 'CNY' };
  }
  const out: Row = {};
  for (const [name, field] of Object.entries(nullable.getFields())) {
    if (row[name] !== undefined) out[name] = toInputValue(row[name], field.type);
  }
  return out;
}

/** The top level of an input: its own fields only, an emptied form field as null. */
function inputOf(values: Row, type: GraphQLInputType, data: ResourceData): Row {
  const reshaped = data.toInput ? data.toInput(values) : values;
  const fields = isInputObjectType(getNullableType(type))
    ? (
        getNullableType(type) as { getFields(): Record<string, { type: GraphQLInputType }> }
      ).getFields()
    : {};
  const out: Row = {};
  for (const [name, field] of Object.entries(fields)) {
    const value = reshaped[name];
    if (value !== undefined) out[name] = value === '' ? null : toInputValue(value, field.type);
  }
  return out;
}

/**
 * Only the fields that changed, so a concurrent edit of another field survives. A value
 * hidden from the caller (null) and left untouched in the form stays unsent, even when the
 * form filled in an empty shell for it.
 */
function changed(input: Row, before: Row): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(input)) {
    if (isEmpty(value) && isEmpty(before[key])) continue;
    if (JSON.stringify(value) !== JSON.stringify(before[key] ?? null)) out[key] = value;
  }
  return out;
}

/**
 * Only the keys the list's filter type has: a list opened from an old bookmark or a hand-made
 * URL (`/tasks?filter={"q":"x"}` on a list without a search box) shows its records instead of
 * failing the whole query and drawing an empty list under an error.
 */
function knownKeys(filter: Row, argument: GraphQLArgument | undefined): Row {
  const type = argument && getNamedType(argument.type);
  // A list without a filter argument takes none.
  if (!isInputObjectType(type)) return {};
  const fields = type.getFields();
  return Object.fromEntries(Object.entries(filter).filter(([key]) => key in fields));
}

/** Empty form values mean "not set"; the search box is `q` in react-admin. */
function cleanFilter(filter: Row = {}): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(filter)) {
    if (blank(value)) continue;
    out[key === 'q' ? 'search' : key] = value;
  }
  return out;
}

const notFound = () => new HttpError('ra.notification.item_doesnt_exist', 404);

type Page = { page: number; perPage: number };
const DEFAULT_PAGE: Page = { page: 1, perPage: 25 };

/** The arguments of an operation as declarations and uses: `$filter: AccountFilter`. */
const declare = (args: readonly GraphQLArgument[]) =>
  args.length ? `(${args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')})` : '';
const pass = (args: readonly GraphQLArgument[]) =>
  args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';

export function createAdapter(resources: Readonly<Record<string, ResourceData>>) {
  const dataOf = (resource: string) => {
    const data = resources[resource];
    if (!data) throw new Error(`Unknown resource ${resource}`);
    return data;
  };

  /** A plain list (no arguments) read whole: filtered by ids and paged here. */
  function plainList(resource: string, fetchType: FetchType, params: Row): Operation {
    const data = dataOf(resource);
    const fields = `...${fragmentName(data.fragment)}`;
    const rows = (answer: Row) => (answer[resource] as Row[] | undefined) ?? [];
    const operation = document(`query Plain { ${resource} { ${fields} } }`, data.fragment);
    switch (fetchType) {
      case 'GET_MANY': {
        const ids = new Set((params.ids as unknown[]).map(String));
        return {
          document: operation,
          variables: {},
          parse: (answer) => ({ data: rows(answer).filter((row) => ids.has(String(row.id))) }),
        };
      }
      case 'GET_ONE':
        return {
          document: operation,
          variables: {},
          parse: (answer) => {
            const record = rows(answer).find((row) => String(row.id) === String(params.id));
            if (!record) throw notFound();
            return { data: record };
          },
        };
      default: {
        const { page, perPage } = (params.pagination as Page | undefined) ?? DEFAULT_PAGE;
        const filter = cleanFilter(params.filter as Row);
        const matches = data.matches ?? sameFields;
        const kept = (answer: Row) => rows(answer).filter((row) => matches(row, filter));
        return {
          document: operation,
          variables: {},
          parse: (answer) => ({
            data: kept(answer).slice((page - 1) * perPage, page * perPage),
            total: kept(answer).length,
          }),
        };
      }
    }
  }

  /** Many records by id where the filter cannot take ids: one aliased field per id. */
  function manyById(resource: string, shape: Shape, ids: unknown[]): Operation {
    const data = dataOf(resource);
    if (!shape.one) throw new Error(`${resource}: records cannot be read by id`);
    const unique = [...new Set(ids.map(String))];
    if (unique.length === 0) {
      return {
        document: parse('query None { __typename }'),
        variables: {},
        parse: () => ({ data: [] }),
      };
    }
    const declarations = unique.map((_, i) => `$id${i}: ID!`).join(', ');
    const fields = unique
      .map((_, i) => `r${i}: ${shape.one!.name}(id: $id${i}) { ...${fragmentName(data.fragment)} }`)
      .join('\n');
    return {
      document: document(`query Many(${declarations}) { ${fields} }`, data.fragment),
      variables: Object.fromEntries(unique.map((id, i) => [`id${i}`, id])),
      parse: (answer) => ({
        data: unique
          .map((_, i) => answer[`r${i}`] as Row | null)
          .filter((row): row is Row => !!row),
      }),
    };
  }

  function buildOperation(fetchType: FetchType, resource: string, params: Row): Operation {
    const data = dataOf(resource);
    const shape = shapeOf(resource, data);
    const fields = `...${fragmentName(data.fragment)}`;
    if (shape.plain && !(fetchType === 'GET_ONE' && shape.one)) {
      if (fetchType !== 'CREATE' && fetchType !== 'UPDATE') {
        return plainList(resource, fetchType, params);
      }
    }
    // The connection read with the arguments the list takes: filter, order, page.
    const listArgs = shape.list.args.filter((arg) =>
      ['filter', 'orderBy', 'first', 'offset'].includes(arg.name),
    );
    const listOperation = () =>
      document(
        `query List${declare(listArgs)} { ${resource}${pass(listArgs)} { nodes { ${fields} } totalCount } }`,
        data.fragment,
      );
    const nodesOf = (answer: Row) => answer[resource] as { nodes: Row[]; totalCount: number };

    switch (fetchType) {
      case 'GET_LIST':
      case 'GET_MANY_REFERENCE': {
        const pagination = (params.pagination as Page | undefined) ?? DEFAULT_PAGE;
        const sort = params.sort as { field: string; order: 'ASC' | 'DESC' } | undefined;
        const filter = cleanFilter(params.filter as Row);
        if (fetchType === 'GET_MANY_REFERENCE') filter[params.target as string] = params.id;
        const sent = data.toFilter ? data.toFilter(filter) : filter;
        // A reference's filter is sent whole: its own key dropped, the list would be everyone's.
        const asked = fetchType === 'GET_LIST' ? knownKeys(sent, shape.filter) : sent;
        const orderField = sort && shape.orderBy && orderFieldFor(sort.field, shape.orderFields);
        return {
          document: listOperation(),
          variables: {
            filter: asked,
            ...(orderField ? { orderBy: [{ field: orderField, direction: sort.order }] } : {}),
            first: pagination.perPage,
            offset: (pagination.page - 1) * pagination.perPage,
          },
          parse: (answer) => ({ data: nodesOf(answer).nodes, total: nodesOf(answer).totalCount }),
        };
      }
      case 'GET_MANY': {
        const ids = params.ids as unknown[];
        if (!shape.filterHasIds) return manyById(resource, shape, ids);
        return {
          document: listOperation(),
          variables: { filter: { ids }, first: Math.max(ids.length, 1) },
          parse: (answer) => ({ data: nodesOf(answer).nodes }),
        };
      }
      case 'GET_ONE': {
        if (shape.one) {
          return {
            document: document(
              `query One($id: ID!) { ${shape.one.name}(id: $id) { ${fields} } }`,
              data.fragment,
            ),
            variables: { id: params.id },
            parse: (answer) => {
              const record = answer[shape.one!.name] as Row | null;
              if (!record) throw notFound();
              return { data: record };
            },
          };
        }
        if (!shape.filterHasIds) throw new Error(`${resource}: records cannot be read by id`);
        // No single-record query: read it through the list.
        return {
          document: listOperation(),
          variables: { filter: { ids: [params.id] }, first: 1 },
          parse: (answer) => {
            const record = nodesOf(answer).nodes[0];
            if (!record) throw notFound();
            return { data: record };
          },
        };
      }
      case 'CREATE': {
        const create = shape.create;
        if (!create) throw new Error(`${resource} cannot be created here`);
        const values = params.data as Row;
        // A verb may answer a payload: the record sits in one field, the rest rides along.
        const answerType = getNamedType(create.type);
        const recordField =
          answerType === shape.node || !isObjectType(answerType)
            ? undefined
            : Object.values(answerType.getFields()).find(
                (f) => getNamedType(f.type) === shape.node,
              );
        const extras =
          recordField && isObjectType(answerType)
            ? Object.values(answerType.getFields())
                .filter((f) => isLeafType(getNamedType(f.type)))
                .map((f) => f.name)
            : [];
        const selection = recordField
          ? `${recordField.name} { ${fields} } ${extras.join(' ')}`
          : fields;
        const input = create.args.find((arg) => arg.name === 'input');
        return {
          document: document(
            `mutation Create${declare(create.args)} { ${create.name}${pass(create.args)} { ${selection} } }`,
            data.fragment,
          ),
          // A verb without an input takes the form's values as its arguments.
          variables: input
            ? { input: inputOf(values, input.type, data) }
            : Object.fromEntries(
                create.args.map((arg) => [
                  arg.name,
                  toInputValue(values[arg.name] ?? null, arg.type),
                ]),
              ),
          parse: (answer) => {
            const payload = answer[create.name] as Row;
            if (!recordField) return { data: payload };
            const { [recordField.name]: record, ...rest } = payload;
            return { data: { ...(record as Row), ...rest } };
          },
        };
      }
      case 'UPDATE': {
        const update = shape.update;
        if (!update) throw new Error(`${resource} cannot be edited here`);
        const inputType = update.args.find((arg) => arg.name === 'input')!.type;
        const previous = (params.previousData as Row | undefined) ?? {};
        const values = params.data as Row;
        const input = inputOf(values, inputType, data);
        // An input with required fields replaces the record: it is sent whole.
        const inputObject = getNullableType(inputType);
        const whole =
          isInputObjectType(inputObject) &&
          Object.values(inputObject.getFields()).some((field) => isNonNullType(field.type));
        return {
          document: document(
            `mutation Update${declare(update.args)} { ${update.name}${pass(update.args)} { ${fields} } }`,
            data.fragment,
          ),
          variables: {
            id: params.id,
            input: whole ? input : changed(input, inputOf(previous, inputType, data)),
            version: previous.version ?? values.version,
          },
          parse: (answer) => ({ data: answer[update.name] as Row }),
        };
      }
      default:
        throw new Error(`${resource}: ${String(fetchType)} is not supported`);
    }
  }

  return { buildOperation };
}
