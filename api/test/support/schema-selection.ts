import fs from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';

/** The published schema (`@trident/schema`), as clients see it. */
export const publishedSchema = () =>
  buildSchema(fs.readFileSync(require.resolve('@trident/schema/schema.graphql'), 'utf8'));

export const isRequired = (arg: GraphQLArgument) =>
  isNonNullType(arg.type) && arg.defaultValue === undefined;

/** The node type of a connection (a type with `nodes` and `totalCount`), if it is one. */
export const connectionNodes = (type: GraphQLNamedType): GraphQLObjectType | undefined => {
  if (!isObjectType(type)) return undefined;
  const fields = type.getFields();
  if (!fields.totalCount || !fields.nodes) return undefined;
  const nodes = getNamedType(fields.nodes.type);
  return isObjectType(nodes) ? nodes : undefined;
};

/** What a relation answers with: its id (or its first scalar), or the count of a connection. */
export const leaf = (type: GraphQLNamedType): string => {
  if (connectionNodes(type)) return '{ totalCount }';
  if (!isObjectType(type)) return '';
  const fields = Object.values(type.getFields()).filter((f) => !f.args.some(isRequired));
  const scalar =
    fields.find((f) => f.name === 'id') ?? fields.find((f) => !isObjectType(getNamedType(f.type)));
  return `{ ${scalar?.name ?? '__typename'} }`;
};

/** A type's fields, one level deep: every field callable without arguments. */
export const nodeSelection = (node: GraphQLObjectType) =>
  Object.values(node.getFields())
    .filter((f) => !f.args.some(isRequired))
    .map((f) => `${f.name} ${leaf(getNamedType(f.type))}`.trim())
    .join(' ');
