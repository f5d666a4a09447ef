import { OPERATIONS, type Role } from '@trident/domain';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
} from 'graphql';
import { PLAIN_LIST_MAX, PLAIN_NAME_MAX, PLAIN_TEXT_MAX } from '../src/graphql/argument-hygiene';
import { publishedSchema } from './support/schema-selection';
import { startTestApp, type GqlResult, type TestApp } from './support/test-app';

/**
 * The argument rules of `graphql/argument-hygiene.ts`, each read from the schema by type and
 * name, proven the same way: every case below is generated from the published schema (every
 * place a rule applies to, in every root field), sent over HTTP, and answered with
 * BAD_USER_INPUT naming the field (the path without the `input`/`filter` wrapper and without
 * list positions) — and the same value just inside the rule is not refused by it.
 */

const SCHEMA = publishedSchema();
type Root = 'query' | 'mutation';
type Slot = GraphQLArgument | GraphQLInputField;
type Field = GraphQLField<unknown, unknown>;

/** One place in a root field's arguments: its path (lists walked through) and its slot. */
interface Place {
  root: Root;
  field: Field;
  path: string[];
  slot: Slot;
}

const ROOTS: [Root, Field[]][] = [
  ['query', Object.values(SCHEMA.getQueryType()!.getFields())],
  ['mutation', Object.values(SCHEMA.getMutationType()!.getFields())],
];

/** Every place in every root field's arguments, and every set of slots side by side. */
const PLACES: Place[] = [];
const CONTAINERS: { root: Root; field: Field; path: string[]; slots: Slot[] }[] = [];
function walk(root: Root, field: Field, slots: readonly Slot[], path: string[], seen: string[]) {
  CONTAINERS.push({ root, field, path, slots: [...slots] });
  for (const slot of slots) {
    PLACES.push({ root, field, path: [...path, slot.name], slot });
    const named = getNamedType(slot.type);
    if (isInputObjectType(named) && !seen.includes(named.name))
      walk(
        root,
        field,
        Object.values(named.getFields()),
        [...path, slot.name],
        [...seen, named.name],
      );
  }
}
for (const [root, fields] of ROOTS)
  for (const field of fields) walk(root, field, field.args, [], []);

const fieldName = (path: readonly string[]) =>
  (path.length > 1 && ['input', 'filter'].includes(path[0]!) ? path.slice(1) : path).join('.');
const nullable = (type: GraphQLInputType): GraphQLInputType =>
  isNonNullType(type) ? (type.ofType as GraphQLInputType) : type;
const scalarOf = (slot: Slot) => getNamedType(slot.type).name;
const describePlace = (p: { root: Root; field: Field; path: string[] }) =>
  `${p.root} ${p.field.name} ${p.path.join('.')}`;

// ---------------------------------------------------------------------------------------
// Values that pass every rule, for the slots a case does not test

const SOME_ID = '7c6f1c1e-3f0e-4d5b-9a57-0d7f2f0c1a11';
const OTHER_ID = '0b9d3e59-8c1a-4f3e-b0a4-6a3b2c1d0e22';

function sample(type: GraphQLInputType, name: string): unknown {
  const inner = nullable(type);
  if (isListType(inner)) return [sample(inner.ofType as GraphQLInputType, name)];
  if (isInputObjectType(inner)) {
    const object: Record<string, unknown> = {};
    for (const f of Object.values(inner.getFields()))
      if (isNonNullType(f.type) && f.defaultValue === undefined)
        object[f.name] = sample(f.type, f.name);
    return object;
  }
  if (isEnumType(inner)) return inner.getValues()[0]!.name;
  switch (getNamedType(inner).name) {
    case 'ID':
      return SOME_ID;
    case 'String':
      return name === 'currency' ? 'CNY' : 'x';
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'Decimal':
      return '1';
    case 'DateTime':
      return '2026-06-01T00:00:00.000Z';
    case 'LocalDate':
      return '2026-06-01';
    case 'Period':
      return '2026-Q2';
    default:
      throw new Error(`no sample for ${inner.toString()} (${name})`);
  }
}

/** The field's required arguments, and `values` set at their paths (made on the way). */
function argsWith(field: Field, values: [string[], unknown][]): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const arg of field.args)
    if (isNonNullType(arg.type) && arg.defaultValue === undefined)
      args[arg.name] = sample(arg.type, arg.name);
  for (const [path, value] of values) {
    let holder = args;
    let slots: readonly Slot[] = field.args;
    path.forEach((name, i) => {
      const slot = slots.find((s) => s.name === name)!;
      if (i === path.length - 1) {
        holder[name] = value;
        return;
      }
      const type = nullable(slot.type);
      const object = getNamedType(type);
      if (!isInputObjectType(object)) throw new Error(`${path.join('.')}: not an input object`);
      if (holder[name] === undefined) {
        const made = sample(object, name);
        holder[name] = isListType(type) ? [made] : made;
      }
      const next = holder[name];
      holder = (Array.isArray(next) ? next[0] : next) as Record<string, unknown>;
      slots = Object.values(object.getFields());
    });
  }
  return args;
}

/** What a client asks back: `__typename` of an object, nothing of a scalar. */
const selectionOf = (field: Field) =>
  isLeafType(getNamedType(field.type)) ? '' : '{ __typename }';

function document(root: Root, field: Field, args: Record<string, unknown>) {
  const present = field.args.filter((a) => args[a.name] !== undefined);
  const defs = present.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const uses = present.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${root} Rule${defs ? `(${defs})` : ''} { ${field.name}${uses ? `(${uses})` : ''} ${selectionOf(field)} }`;
}

/** A GraphQL literal for a value of `type` (enums bare). */
function literal(value: unknown, type: GraphQLInputType): string {
  const inner = nullable(type);
  if (value === null || value === undefined) return 'null';
  if (isListType(inner)) {
    const item = inner.ofType as GraphQLInputType;
    return Array.isArray(value)
      ? `[${value.map((v) => literal(v, item)).join(', ')}]`
      : literal(value, item);
  }
  if (isInputObjectType(inner)) {
    const fields = inner.getFields();
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${literal(v, fields[k]!.type)}`)
      .join(', ')} }`;
  }
  if (isEnumType(inner) && typeof value === 'string' && /^[_A-Za-z]\w*$/.test(value)) return value;
  return JSON.stringify(value);
}

function inlineDocument(root: Root, field: Field, args: Record<string, unknown>) {
  const present = field.args.filter((a) => args[a.name] !== undefined);
  const text = present.map((a) => `${a.name}: ${literal(args[a.name], a.type)}`).join(', ');
  return `${root} { ${field.name}${text ? `(${text})` : ''} ${selectionOf(field)} }`;
}

// ---------------------------------------------------------------------------------------
// The places each rule applies to, from the schema

const DATE_PLACES = PLACES.filter(
  (p) => p.root === 'mutation' && ['DateTime', 'LocalDate'].includes(scalarOf(p.slot)),
);

const REPEAT_PLACES = PLACES.filter((p) => {
  if (p.root !== 'mutation') return false;
  const list = nullable(p.slot.type);
  if (!isListType(list)) return false;
  const item = nullable(list.ofType as GraphQLInputType);
  return !isListType(item) && (['ID', 'String'].includes(item.name) || isEnumType(item));
});

const OBJECT_REPEAT_PLACES = PLACES.filter((p) => {
  if (p.root !== 'mutation') return false;
  const list = nullable(p.slot.type);
  return isListType(list) && isInputObjectType(nullable(list.ofType as GraphQLInputType));
});

const NAME_PLACES = PLACES.filter(
  (p) =>
    p.root === 'mutation' &&
    ['name', 'title'].includes(p.slot.name) &&
    scalarOf(p.slot) === 'String' &&
    !isListType(nullable(p.slot.type)),
);

/** Texts a mutation takes as its own arguments (a reason, a note, a reference, a title). */
const TEXT_PLACES = PLACES.filter(
  (p) =>
    p.root === 'mutation' &&
    p.path.length === 1 &&
    scalarOf(p.slot) === 'String' &&
    !isListType(nullable(p.slot.type)),
);

/** Lists of ids a root field takes as its own arguments. */
const ID_LIST_PLACES = PLACES.filter(
  (p) => p.path.length === 1 && scalarOf(p.slot) === 'ID' && isListType(nullable(p.slot.type)),
);

const RANGE_END: Record<string, string> = { from: 'to', start: 'end' };
const endOf = (name: string) => {
  if (RANGE_END[name]) return RANGE_END[name];
  const match = /^(.+)(From|After|Start)$/.exec(name);
  return match && match[1]! + { From: 'To', After: 'Before', Start: 'End' }[match[2]!];
};
const RANGE_SCALARS = ['DateTime', 'LocalDate', 'Period'];
const RANGE_PAIRS = CONTAINERS.flatMap(({ root, field, path, slots }) =>
  slots.flatMap((start) => {
    const end = slots.find((s) => s.name === endOf(start.name));
    if (!end || !RANGE_SCALARS.includes(scalarOf(start)) || scalarOf(end) !== scalarOf(start))
      return [];
    return [{ root, field, path, start, end, scalar: scalarOf(start) }];
  }),
);

const CURRENCY_PLACES = PLACES.filter(
  (p) => p.slot.name === 'currency' && scalarOf(p.slot) === 'String',
);

/** Literals each scalar refuses, and for enums a name that is not one of theirs. */
const BAD_LITERAL: Record<string, string> = {
  LocalDate: '0001-01-01',
  Period: '2026-Q5',
  DateTime: 'yesterday',
  Decimal: '1.234',
};
const LITERAL_PLACES = PLACES.filter(
  (p) =>
    !isListType(nullable(p.slot.type)) &&
    (scalarOf(p.slot) in BAD_LITERAL || isEnumType(getNamedType(p.slot.type))),
);

// ---------------------------------------------------------------------------------------

/** Who calls each operation: the first role of these the access matrix grants it to. */
const ROLE_EMAILS: [Role, string][] = [
  ['ADMIN', 'admin@trident.demo'],
  ['MANAGER', 'manager@trident.demo'],
  ['FINANCE', 'finance@trident.demo'],
  ['SALES', 'sales@trident.demo'],
  ['TECHNICAL', 'tech@trident.demo'],
  ['DELIVERY', 'delivery@trident.demo'],
  ['BI', 'bi@trident.demo'],
];

describe('argument rules, derived from the schema', () => {
  let app: TestApp;
  const tokens = new Map<Role, string>();

  beforeAll(async () => {
    app = await startTestApp();
    for (const [role, email] of ROLE_EMAILS) tokens.set(role, await app.login(email));
  });
  afterAll(() => app.close());

  const tokenFor = (root: Root, field: Field) => {
    const grant =
      OPERATIONS[
        `${root === 'query' ? 'Query' : 'Mutation'}.${field.name}` as keyof typeof OPERATIONS
      ];
    const role = ROLE_EMAILS.find(
      ([r]) => grant === 'PUBLIC' || (grant as readonly Role[]).includes(r),
    )?.[0];
    return tokens.get(role ?? 'ADMIN')!;
  };

  const send = (root: Root, field: Field, values: [string[], unknown][]) => {
    const args = argsWith(field, values);
    return app.gql(document(root, field, args), args, tokenFor(root, field));
  };

  /** The first error, for a readable failure. */
  const answer = (res: GqlResult, call: string) => ({
    call,
    error: res.errors?.[0]?.extensions,
  });
  const refusedBy = (res: GqlResult, field: string, reason: string) =>
    (res.errors ?? []).some(
      (e) =>
        e.extensions.code === 'BAD_USER_INPUT' &&
        e.extensions.field === field &&
        e.extensions.reason === reason,
    );

  it('finds the places of each rule in the schema, the audit’s examples among them', () => {
    const names = (list: { root: Root; field: Field; path: string[] }[]) =>
      list.map((p) => `${p.field.name} ${p.path.join('.')}`);
    expect(names(DATE_PLACES)).toEqual(
      expect.arrayContaining([
        'createTask input.due',
        'recordPayment paidAt',
        'createOpportunity input.expectedCloseDate',
        'createAccountPlan input.milestones.due',
      ]),
    );
    expect(names(REPEAT_PLACES)).toEqual(
      expect.arrayContaining(['createOpportunity input.products', 'createTask input.blockedByIds']),
    );
    expect(names(OBJECT_REPEAT_PLACES)).toEqual(
      expect.arrayContaining([
        'createOpportunity input.decisionContacts',
        'createOpportunity input.competitors',
      ]),
    );
    expect(names(TEXT_PLACES)).toEqual(
      expect.arrayContaining([
        'recordPayment reference',
        'checkEvidence note',
        'disqualifyLead reason',
        'moveContact title',
        'reportTaskStuck reason',
      ]),
    );
    expect(names(ID_LIST_PLACES)).toEqual(
      expect.arrayContaining(['coverageByAccount accountIds', 'setMilestoneGates runStepIds']),
    );
    expect(names(NAME_PLACES)).toEqual(
      expect.arrayContaining([
        'createOpportunity input.name',
        'createContact input.name',
        'createTask input.title',
      ]),
    );
    expect(RANGE_PAIRS.map((p) => `${p.field.name} ${[...p.path, p.end.name].join('.')}`)).toEqual(
      expect.arrayContaining([
        'activities filter.to',
        'tasks filter.dueBefore',
        'feedbackAckTimes to',
        'revenueSummary to',
      ]),
    );
    expect(names(CURRENCY_PLACES)).toEqual(
      expect.arrayContaining([
        'accountRollup currency',
        'dealVelocity currency',
        'revenueSummary currency',
        'funnel filter.currency',
      ]),
    );
    expect(names(LITERAL_PLACES)).toEqual(
      expect.arrayContaining([
        'collectionAging asOf',
        'funnel filter.period',
        'opportunities filter.closingIn',
      ]),
    );
  });

  const DATE_CASES = DATE_PLACES.flatMap((place) => {
    const local = scalarOf(place.slot) === 'LocalDate';
    const [low, high, first, last] = local
      ? ['1999-12-31', '2101-01-01', '2000-01-01', '2100-12-31']
      : [
          '1999-12-31T23:59:59.999Z',
          '2101-01-01T00:00:00.000Z',
          '2000-01-01T00:00:00.000Z',
          '2100-12-31T23:59:59.999Z',
        ];
    const far = local
      ? ['1000-01-01', '9999-12-31']
      : ['0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z'];
    return [[describePlace(place), place, [low, high, ...far], [first, last]] as const];
  });

  it.each(DATE_CASES)(
    '%s refuses a date outside 2000–2100 naming the field, and takes 2000-01-01 and 2100-12-31',
    async (_name, place, outside, inside) => {
      const field = fieldName(place.path);
      for (const value of outside) {
        const res = await send(place.root, place.field, [[place.path, value]]);
        expect(answer(res, `${describePlace(place)} = ${value}`)).toMatchObject({
          error: { code: 'BAD_USER_INPUT', field, reason: 'BETWEEN' },
        });
      }
      for (const value of inside) {
        const res = await send(place.root, place.field, [[place.path, value]]);
        expect({ value, refused: refusedBy(res, field, 'BETWEEN') }).toEqual({
          value,
          refused: false,
        });
      }
    },
  );

  const REPEAT_CASES = REPEAT_PLACES.map((place) => {
    const item = getNamedType(place.slot.type);
    const [twice, distinct]: [unknown[], unknown[] | undefined] = isEnumType(item)
      ? [
          [item.getValues()[0]!.name, item.getValues()[0]!.name],
          item.getValues().length > 1
            ? [item.getValues()[0]!.name, item.getValues()[1]!.name]
            : undefined,
        ]
      : item.name === 'ID'
        ? [
            [SOME_ID, SOME_ID.toUpperCase()],
            [SOME_ID, OTHER_ID],
          ]
        : [
            ['5G', '5G'],
            ['5G', 'IoT'],
          ];
    return [describePlace(place), place, twice, distinct] as const;
  });

  it.each(REPEAT_CASES)(
    '%s refuses a list naming an item twice, and takes distinct items',
    async (_name, place, twice, distinct) => {
      const field = fieldName(place.path);
      const res = await send(place.root, place.field, [[place.path, twice]]);
      expect(answer(res, `${describePlace(place)} = ${JSON.stringify(twice)}`)).toMatchObject({
        error: { code: 'BAD_USER_INPUT', field, reason: 'DUPLICATES' },
      });
      if (!distinct) return;
      const ok = await send(place.root, place.field, [[place.path, distinct]]);
      expect(refusedBy(ok, field, 'DUPLICATES')).toBe(false);
    },
  );

  it.each(OBJECT_REPEAT_PLACES.map((p) => [describePlace(p), p] as const))(
    '%s refuses a list giving the same item twice, and takes one item',
    async (_name, place) => {
      const field = fieldName(place.path);
      const item = sample(getNamedType(place.slot.type) as GraphQLInputType, place.slot.name);
      const res = await send(place.root, place.field, [[place.path, [item, item]]]);
      expect(
        answer(res, `${describePlace(place)} = ${JSON.stringify([item, item])}`),
      ).toMatchObject({ error: { code: 'BAD_USER_INPUT', field, reason: 'DUPLICATES' } });
      const once = await send(place.root, place.field, [[place.path, [item]]]);
      expect(refusedBy(once, field, 'DUPLICATES')).toBe(false);
    },
  );

  it.each(NAME_PLACES.map((p) => [describePlace(p), p] as const))(
    '%s holds a letter or a digit and no direction-turning character',
    async (_name, place) => {
      const field = fieldName(place.path);
      for (const [value, reason] of [
        ['\u200b\u200b', 'LETTERS_OR_DIGITS'],
        ['—', 'LETTERS_OR_DIGITS'],
        ['abc\u202Efdp.exe', 'BIDI_CONTROL'],
      ] as const) {
        const res = await send(place.root, place.field, [[place.path, value]]);
        expect(answer(res, `${describePlace(place)} = ${JSON.stringify(value)}`)).toMatchObject({
          error: { code: 'BAD_USER_INPUT', field, reason },
        });
      }
      const ok = await send(place.root, place.field, [[place.path, '华为 5G']]);
      expect(
        refusedBy(ok, field, 'LETTERS_OR_DIGITS') || refusedBy(ok, field, 'BIDI_CONTROL'),
      ).toBe(false);
    },
  );

  it.each(TEXT_PLACES.map((p) => [describePlace(p), p] as const))(
    '%s is a text of bounded length',
    async (_name, place) => {
      const field = fieldName(place.path);
      const max = ['name', 'title'].includes(place.slot.name) ? PLAIN_NAME_MAX : PLAIN_TEXT_MAX;
      const long = await send(place.root, place.field, [[place.path, '长'.repeat(max + 1)]]);
      expect(answer(long, `${describePlace(place)} of ${max + 1} characters`)).toMatchObject({
        error: { code: 'BAD_USER_INPUT', field, reason: 'TOO_LONG', max },
      });
      const fits = await send(place.root, place.field, [[place.path, '长'.repeat(max)]]);
      expect(refusedBy(fits, field, 'TOO_LONG')).toBe(false);
    },
  );

  it.each(ID_LIST_PLACES.map((p) => [describePlace(p), p] as const))(
    '%s holds at most as many ids as a list in an input does',
    async (_name, place) => {
      const field = fieldName(place.path);
      const ids = (n: number) => Array.from({ length: n }, () => crypto.randomUUID());
      const many = await send(place.root, place.field, [[place.path, ids(PLAIN_LIST_MAX + 1)]]);
      expect(answer(many, `${describePlace(place)} of ${PLAIN_LIST_MAX + 1} ids`)).toMatchObject({
        error: { code: 'BAD_USER_INPUT', field, reason: 'TOO_MANY', max: PLAIN_LIST_MAX },
      });
      const fits = await send(place.root, place.field, [[place.path, ids(PLAIN_LIST_MAX)]]);
      expect(refusedBy(fits, field, 'TOO_MANY')).toBe(false);
    },
  );

  const REVERSED: Record<string, [string, string]> = {
    DateTime: ['2026-05-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z'],
    LocalDate: ['2026-05-01', '2020-01-01'],
    Period: ['2026-Q4', '2020-Q1'],
  };
  const RANGE_CASES = RANGE_PAIRS.map(
    (pair) =>
      [
        `${pair.root} ${pair.field.name} ${[...pair.path, pair.start.name].join('.')}…${pair.end.name}`,
        pair,
      ] as const,
  );

  it.each(RANGE_CASES)(
    '%s: a range that ends before it starts is refused naming its end; an empty one is not',
    async (_name, pair) => {
      const [later, earlier] = REVERSED[pair.scalar]!;
      const startPath = [...pair.path, pair.start.name];
      const endPath = [...pair.path, pair.end.name];
      const field = fieldName(endPath);
      const res = await send(pair.root, pair.field, [
        [startPath, later],
        [endPath, earlier],
      ]);
      expect(answer(res, `${_name} ${later} → ${earlier}`)).toMatchObject({
        error: { code: 'BAD_USER_INPUT', field, reason: 'END_BEFORE_START' },
      });
      const same = await send(pair.root, pair.field, [
        [startPath, later],
        [endPath, later],
      ]);
      expect(refusedBy(same, field, 'END_BEFORE_START')).toBe(false);
    },
  );

  it.each(CURRENCY_PLACES.map((p) => [describePlace(p), p] as const))(
    '%s takes only an ISO 4217 code there is',
    async (_name, place) => {
      const field = fieldName(place.path);
      for (const value of ['😀', 'cny', 'CNYX', 'ZZZ']) {
        const res = await send(place.root, place.field, [[place.path, value]]);
        expect(answer(res, `${_name} = ${value}`)).toMatchObject({
          error: { code: 'BAD_USER_INPUT', field, reason: 'CURRENCY_CODE' },
        });
      }
      const ok = await send(place.root, place.field, [[place.path, 'EUR']]);
      expect(refusedBy(ok, field, 'CURRENCY_CODE')).toBe(false);
    },
  );

  it.each(LITERAL_PLACES.map((p) => [describePlace(p), p] as const))(
    '%s: an impossible value written inline names the field, as the same value in a variable does',
    async (_name, place) => {
      const bad = BAD_LITERAL[scalarOf(place.slot)] ?? 'NOT_A_VALUE_OF_THIS_ENUM';
      const args = argsWith(place.field, [[place.path, bad]]);
      const inline = await app.gql(inlineDocument(place.root, place.field, args), {});
      expect({
        document: inlineDocument(place.root, place.field, args),
        fields: inline.errors?.map((e) => [e.extensions.code, e.extensions.field]),
      }).toMatchObject({ fields: [['BAD_USER_INPUT', fieldName(place.path)]] });
      const variables = await app.gql(document(place.root, place.field, args), args);
      expect(variables.errors?.map((e) => [e.extensions.code, e.extensions.field])).toEqual([
        ['BAD_USER_INPUT', fieldName(place.path)],
      ]);
    },
  );
});
