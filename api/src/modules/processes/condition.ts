import { CONDITION_PROBLEMS, type ConditionProblem, fillReason } from '@trident/domain';
import jsep, { type Expression } from 'jsep';

/**
 * Step conditions are a small expression language over the deal, e.g.
 * `amount >= 1000000 and (productLine == "5G" or region == "Guangdong")`.
 * jsep parses it into a syntax tree; only comparisons of a known variable with a literal,
 * joined by and/or, are accepted; evaluation walks that tree. Nothing is ever `eval`ed.
 */
jsep.addBinaryOp('and', 2);
jsep.addBinaryOp('or', 1);

export const CONDITION_VARIABLES = {
  amount: 'number',
  currency: 'string',
  productLine: 'string',
  region: 'string',
} as const;
type Variable = keyof typeof CONDITION_VARIABLES;

/**
 * The currency a bare `amount` threshold is in: the customers' approval limits are written in
 * yuan (seeds 000, 003). There are no exchange rates here, so an amount in another currency is
 * compared only where the condition names that currency (`currency == "USD" and amount >= 400000`);
 * elsewhere the comparison cannot be told, and a step that depends on it is kept: a signature too
 * many is asked for, never one too few.
 */
export const CONDITION_CURRENCY = 'CNY';

export interface Deal {
  amount?: number | string | null;
  /** The amount's currency (none: CONDITION_CURRENCY). */
  currency?: string | null;
  productLine?: string | null;
  /** A deal of several product lines: `productLine == "5G"` holds when one of them is 5G. */
  productLines?: readonly string[] | null;
  region?: string | null;
}

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
const COMPARISONS = new Set(['==', '!=', '>', '>=', '<', '<=']);
const STRING_COMPARISONS = new Set(['==', '!=']);
const LOGICAL: Record<string, 'and' | 'or'> = { and: 'and', '&&': 'and', or: 'or', '||': 'or' };
export const MAX_CONDITION_LENGTH = 500;

export type Condition =
  | { kind: 'logical'; op: 'and' | 'or'; left: Condition; right: Condition }
  | { kind: 'compare'; variable: Variable; op: string; value: number | string; flipped: boolean };

/** Why a condition does not parse: a problem code and its parameters, for words in any language. */
export class ConditionError extends Error {
  constructor(
    readonly problem: ConditionProblem,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(fillReason(CONDITION_PROBLEMS[problem], params));
  }
}

const VARIABLE_NAMES = Object.keys(CONDITION_VARIABLES).join(', ');

const isVariable = (node: Expression): node is Expression & { name: string } =>
  node.type === 'Identifier' &&
  Object.prototype.hasOwnProperty.call(CONDITION_VARIABLES, node.name as string);

/** Anything but a known variable or a literal is refused with the reason. */
function checkOperand(node: Expression): void {
  if (node.type === 'Identifier' && !isVariable(node)) {
    throw new ConditionError('UNKNOWN_VARIABLE', {
      name: node.name as string,
      variables: VARIABLE_NAMES,
    });
  }
  if (node.type === 'MemberExpression' || node.type === 'ThisExpression')
    throw new ConditionError('PROPERTY_ACCESS');
  if (node.type === 'CallExpression') throw new ConditionError('FUNCTION_CALL');
}

/** `-5000` is jsep's unary minus on a literal: the literal -5000. */
function negatedLiteral(node: Expression): Expression {
  const argument = node.argument as Expression | undefined;
  return node.type === 'UnaryExpression' &&
    node.operator === '-' &&
    argument?.type === 'Literal' &&
    typeof argument.value === 'number'
    ? { type: 'Literal', value: -argument.value, raw: `-${String(argument.raw)}` }
    : node;
}

function check(node: Expression): Condition {
  if (node.type === 'BinaryExpression') {
    const op = node.operator as string;
    const left = negatedLiteral(node.left as Expression);
    const right = negatedLiteral(node.right as Expression);
    if (LOGICAL[op])
      return { kind: 'logical', op: LOGICAL[op], left: check(left), right: check(right) };
    if (!COMPARISONS.has(op)) throw new ConditionError('OPERATOR', { op });
    [left, right].forEach(checkOperand);
    const flipped = !isVariable(left);
    const variableNode = flipped ? right : left;
    const literalNode = flipped ? left : right;
    if (!isVariable(variableNode)) {
      throw variableNode.type === 'Identifier'
        ? new ConditionError('UNKNOWN_VARIABLE', {
            name: variableNode.name as string,
            variables: VARIABLE_NAMES,
          })
        : new ConditionError('NEEDS_VARIABLE', { variables: VARIABLE_NAMES });
    }
    if (literalNode.type !== 'Literal')
      throw new ConditionError('NEEDS_VALUE', { variable: variableNode.name as string });
    const variable = variableNode.name as Variable;
    const value = literalNode.value;
    if (CONDITION_VARIABLES[variable] === 'number') {
      if (typeof value !== 'number' || !Number.isFinite(value))
        throw new ConditionError('NEEDS_NUMBER', { variable });
    } else {
      if (typeof value !== 'string') throw new ConditionError('NEEDS_TEXT', { variable });
      if (!STRING_COMPARISONS.has(op)) throw new ConditionError('ONLY_EQUALITY', { variable });
      if (variable === 'currency' && !CURRENCIES.has(value))
        throw new ConditionError('NEEDS_CURRENCY');
    }
    return { kind: 'compare', variable, op, value, flipped };
  }
  if (node.type === 'Identifier') {
    throw isVariable(node)
      ? new ConditionError('NEEDS_COMPARISON', { name: node.name as string })
      : new ConditionError('UNKNOWN_VARIABLE', {
          name: node.name as string,
          variables: VARIABLE_NAMES,
        });
  }
  if (node.type === 'CallExpression') throw new ConditionError('FUNCTION_CALL');
  if (node.type === 'MemberExpression') throw new ConditionError('PROPERTY_ACCESS');
  throw new ConditionError('UNEXPECTED', {
    what: node.type === 'Literal' ? 'value' : 'expression',
  });
}

/** Parses and validates a condition; throws ConditionError with a readable reason. */
export function parseCondition(text: string): Condition {
  if (text.length > MAX_CONDITION_LENGTH)
    throw new ConditionError('TOO_LONG', { max: MAX_CONDITION_LENGTH });
  let tree: Expression;
  try {
    tree = jsep(text);
  } catch (error) {
    // jsep says where it stopped (its own words are English only): the place is enough.
    const index = (error as { index?: unknown }).index;
    throw new ConditionError('SYNTAX', { at: typeof index === 'number' ? index + 1 : 1 });
  }
  if (tree.type === 'Compound') throw new ConditionError('ONE_EXPRESSION');
  return check(tree);
}

function compare(op: string, a: number | string, b: number | string): boolean {
  switch (op) {
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '<':
      return a < b;
    default:
      return a <= b;
  }
}

/**
 * Whether the deal meets the condition: true, false, or null when that cannot be told (an
 * amount threshold against an amount in another currency, see CONDITION_CURRENCY). A missing
 * deal value never meets a comparison. `and` and `or` follow three-valued logic: false and
 * unknown is false, true or unknown is true.
 */
export function evaluateCondition(condition: Condition, deal: Deal): boolean | null {
  const currency = deal.currency || CONDITION_CURRENCY;
  return evaluate(condition, deal, currency, currency === CONDITION_CURRENCY);
}

/** Whether a step with this condition applies: met, or not known to be unmet. */
export const conditionApplies = (condition: Condition, deal: Deal): boolean =>
  evaluateCondition(condition, deal) !== false;

/** `currency == "USD"` for a deal in USD: the amounts beside it are in that currency. */
const namesCurrency = (condition: Condition, currency: string) =>
  condition.kind === 'compare' &&
  condition.variable === 'currency' &&
  condition.op === '==' &&
  condition.value === currency;

function evaluate(
  condition: Condition,
  deal: Deal,
  currency: string,
  amountsComparable: boolean,
): boolean | null {
  if (condition.kind === 'logical') {
    if (condition.op === 'and') {
      const comparable =
        amountsComparable ||
        namesCurrency(condition.left, currency) ||
        namesCurrency(condition.right, currency);
      const left = evaluate(condition.left, deal, currency, comparable);
      const right = evaluate(condition.right, deal, currency, comparable);
      if (left === false || right === false) return false;
      return left === null || right === null ? null : true;
    }
    const left = evaluate(condition.left, deal, currency, amountsComparable);
    const right = evaluate(condition.right, deal, currency, amountsComparable);
    if (left === true || right === true) return true;
    return left === null || right === null ? null : false;
  }
  if (condition.variable === 'productLine' && deal.productLines?.length) {
    const hit = deal.productLines.some((line) =>
      condition.flipped
        ? compare(condition.op === '!=' ? '==' : condition.op, condition.value, line)
        : compare(condition.op === '!=' ? '==' : condition.op, line, condition.value),
    );
    return condition.op === '!=' ? !hit : hit;
  }
  const raw =
    condition.variable === 'productLine'
      ? deal.productLine
      : condition.variable === 'currency'
        ? currency
        : deal[condition.variable];
  if (raw === null || raw === undefined || raw === '') return false;
  const actual = CONDITION_VARIABLES[condition.variable] === 'number' ? Number(raw) : String(raw);
  if (typeof actual === 'number' && !Number.isFinite(actual)) return false;
  if (condition.variable === 'amount' && !amountsComparable) return null;
  return condition.flipped
    ? compare(condition.op, condition.value, actual)
    : compare(condition.op, actual, condition.value);
}
