import 'reflect-metadata';
import { defaultFieldResolver, isObjectType } from 'graphql';
import { buildSchema } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { RESOLVERS } from './schema';
import { plainFields } from './plain-fields';

/** The type-graphql it runs on still has the wrapper it removes: not a silent no-op. */
it('makes the plain property fields resolve with the default resolver, and only those', async () => {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
  });
  const before = new Map(
    Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) =>
        Object.entries(type.getFields()).map(([name, f]) => [`${type.name}.${name}`, f.resolve]),
      ),
  );
  const plain = plainFields(schema);
  expect(plain).toBeGreaterThan(300);
  const activity = schema.getType('Activity');
  if (!isObjectType(activity)) throw new Error('no Activity type');
  // A column: plain. A relation with a resolver method: kept.
  expect(activity.getFields().summary!.resolve ?? defaultFieldResolver).toBe(defaultFieldResolver);
  expect(activity.getFields().account!.resolve).toBe(before.get('Activity.account'));
  // Root fields always keep theirs.
  const query = schema.getQueryType()!;
  for (const [name, field] of Object.entries(query.getFields()))
    expect([name, field.resolve]).toEqual([name, before.get(`Query.${name}`)]);
});
