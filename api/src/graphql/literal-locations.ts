import {
  GraphQLError,
  isScalarType,
  isSpecifiedScalarType,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';

const located = new WeakSet<object>();

/**
 * Our scalars refuse a bad literal (`asOf: "0001-01-01"`) with an error of their own, and
 * graphql-js's ValuesOfCorrectTypeRule reports such an error as it is: without the literal's
 * place in the document, so nothing could say which argument was wrong. Each custom scalar's
 * `parseLiteral` is wrapped once to put the literal on its error; the error mapper reads the
 * argument and input-field path to it from the document (`literalField` in format-error).
 * The built-in scalars and graphql-scalars' already name the node.
 */
export function locateLiteralErrors(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isScalarType(type) || isSpecifiedScalarType(type) || located.has(type)) continue;
    located.add(type);
    const parseLiteral = type.parseLiteral.bind(type);
    type.parseLiteral = (node: ValueNode, variables?: Record<string, unknown> | null) => {
      try {
        return parseLiteral(node, variables);
      } catch (error) {
        if (!(error instanceof GraphQLError) || error.nodes?.length) throw error;
        throw new GraphQLError(error.message, {
          nodes: node,
          extensions: error.extensions,
          originalError: error.originalError,
        });
      }
    };
  }
  return schema;
}
