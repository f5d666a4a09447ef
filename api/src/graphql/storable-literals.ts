import { GraphQLError, Kind, type ASTNode, type ValidationRule } from 'graphql';
import { inputField } from '../common/input-field';
import { isStorableText } from '../common/text';
import { REFUSAL_REASONS } from '@trident/domain';
import { AppError } from '../common/app-error';

/**
 * Text written in the document itself (`createTask(input: { title: "a\u0000b" })`) that
 * Postgres cannot store is refused while validating, naming the field as the body check names
 * it for a variable (`refuseUnstorableText`): the argument that wraps an input object is
 * dropped (`input.title` is `title`). The JSON body holds the escape, not the character, so
 * only the parsed document shows it.
 */
export const storableLiterals: ValidationRule = (context) => ({
  StringValue(node, _key, parent, _path, ancestors) {
    if (isStorableText(node.value)) return;
    // `ancestors` stops short of the parent, which may be the field itself.
    const named = [...(ancestors as readonly (ASTNode | readonly ASTNode[])[]), parent]
      .filter((a): a is ASTNode => !!a && !Array.isArray(a))
      .flatMap((a) =>
        a.kind === Kind.ARGUMENT || a.kind === Kind.OBJECT_FIELD
          ? [a.name.value]
          : a.kind === Kind.VARIABLE_DEFINITION
            ? [a.variable.name.value]
            : [],
      );
    const field = inputField(named);
    // A refusal of the request, like the body check's, but with the field it is in.
    const refusal = new AppError('BAD_USER_INPUT', `${field}: ${REFUSAL_REASONS.UNSTORABLE_TEXT}`, {
      field,
      reason: 'UNSTORABLE_TEXT',
    });
    context.reportError(new GraphQLError(refusal.message, { nodes: node, originalError: refusal }));
  },
});
