import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

/**
 * The fields a client asked for on the nodes of a connection, whether through `nodes { … }`
 * or `edges { node { … } }`, fragments and `@skip`/`@include` resolved: by field name, each
 * with every argument set it was asked with (two aliases may ask for different arguments).
 */
export function connectionNodeFields(
  info: GraphQLResolveInfo,
  nodeType: string,
): Map<string, ResolveTree[]> {
  const fields = new Map<string, ResolveTree[]>();
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  if (!tree) return fields;
  const add = (selection: Record<string, ResolveTree> | undefined) => {
    for (const field of Object.values(selection ?? {}))
      fields.set(field.name, [...(fields.get(field.name) ?? []), field]);
  };
  for (const connectionField of childrenOf(tree)) {
    if (connectionField.name === 'nodes') add(connectionField.fieldsByTypeName[nodeType]);
    if (connectionField.name === 'edges')
      for (const edgeField of childrenOf(connectionField))
        if (edgeField.name === 'node') add(edgeField.fieldsByTypeName[nodeType]);
  }
  return fields;
}

const childrenOf = (tree: ResolveTree): ResolveTree[] =>
  Object.values(tree.fieldsByTypeName).flatMap((byName) => Object.values(byName));

/**
 * The one argument set a field was asked with, or null when it was not asked for or asked with
 * several (a plan reads one variant; the others fall back to the field's own resolver).
 */
export function onlyArguments(
  fields: Map<string, ResolveTree[]>,
  name: string,
): Record<string, unknown> | null {
  const asked = fields.get(name);
  if (!asked?.length) return null;
  const first = JSON.stringify(asked[0]!.args);
  return asked.every((field) => JSON.stringify(field.args) === first)
    ? (asked[0]!.args as Record<string, unknown>)
    : null;
}

/**
 * The selections of `field` on the object a root field answers (every alias of it), e.g. the
 * `contacts { … }` of `orgChart { contacts { … } }`; none when it was not asked for.
 */
export function childSelections(
  info: GraphQLResolveInfo,
  parentType: string,
  field: string,
): ResolveTree[] {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  return Object.values(tree?.fieldsByTypeName[parentType] ?? {}).filter((f) => f.name === field);
}
