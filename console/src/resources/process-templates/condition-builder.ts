import jsep, { type Expression } from 'jsep';

/**
 * The template editor's condition builder: rows of variable / operator / value joined by
 * and/or, read from and written as the same text the API parses (its condition.ts, also
 * jsep). The API stays the judge of what a condition may say; this only decides whether a
 * text fits in rows. A text that does not (parentheses around an "or" inside an "and")
 * stays text, for experts.
 */
jsep.addBinaryOp('and', 2);
jsep.addBinaryOp('or', 1);

/** The variables a condition may name, as the API's CONDITION_VARIABLES types them. */
export const CONDITION_FIELDS = {
  amount: 'number',
  currency: 'text',
  productLine: 'text',
  region: 'text',
} as const;
export type ConditionField = keyof typeof CONDITION_FIELDS;

export const NUMBER_OPERATORS = ['==', '!=', '>', '>=', '<', '<='] as const;
export const TEXT_OPERATORS = ['==', '!='] as const;
export type ConditionOperator = (typeof NUMBER_OPERATORS)[number];
export type Connector = 'and' | 'or';

export interface ConditionRow {
  field: ConditionField;
  operator: ConditionOperator;
  /** As typed: a number's digits or the text, unquoted. */
  value: string;
  /** How this row joins the one before it (ignored on the first row). */
  connector: Connector;
}

export const operatorsOf = (field: ConditionField): readonly ConditionOperator[] =>
  CONDITION_FIELDS[field] === 'number' ? NUMBER_OPERATORS : TEXT_OPERATORS;

/** `1000000 <= amount` reads as `amount >= 1000000`. */
const MIRRORED: Record<ConditionOperator, ConditionOperator> = {
  '==': '==',
  '!=': '!=',
  '>': '<',
  '>=': '<=',
  '<': '>',
  '<=': '>=',
};
const CONNECTORS: Record<string, Connector> = { and: 'and', '&&': 'and', or: 'or', '||': 'or' };

const isField = (name: unknown): name is ConditionField =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(CONDITION_FIELDS, name);

/** A comparison of a known variable with a literal of its type, as one row; else null. */
function comparison(node: Expression): Omit<ConditionRow, 'connector'> | null {
  if (node.type !== 'BinaryExpression') return null;
  const operator = node.operator as string;
  if (!(NUMBER_OPERATORS as readonly string[]).includes(operator)) return null;
  const left = node.left as Expression;
  const right = node.right as Expression;
  const flipped = left.type === 'Literal' && right.type === 'Identifier';
  const variable = flipped ? right : left;
  const literal = flipped ? left : right;
  if (variable.type !== 'Identifier' || literal.type !== 'Literal' || !isField(variable.name))
    return null;
  const field = variable.name;
  const op = flipped ? MIRRORED[operator as ConditionOperator] : (operator as ConditionOperator);
  if (!operatorsOf(field).includes(op)) return null;
  const value = literal.value;
  if (CONDITION_FIELDS[field] === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value)) return null;
    return { field, operator: op, value: String(value) };
  }
  return typeof value === 'string' ? { field, operator: op, value } : null;
}

/** Rows left to right; an "or" below an "and" would need parentheses, so it does not fit. */
function flatten(node: Expression, insideAnd: boolean): ConditionRow[] | null {
  const connector = node.type === 'BinaryExpression' ? CONNECTORS[node.operator as string] : null;
  if (connector) {
    if (connector === 'or' && insideAnd) return null;
    const left = flatten(node.left as Expression, connector === 'and');
    const right = flatten(node.right as Expression, connector === 'and');
    if (!left || !right) return null;
    const [first, ...rest] = right;
    return [...left, { ...first!, connector }, ...rest];
  }
  const row = comparison(node);
  return row ? [{ ...row, connector: 'and' }] : null;
}

/**
 * The rows a condition text stands for: [] for no condition, null when the text is not
 * a plain list of comparisons joined by and/or (or does not parse at all).
 */
export function parseConditionRows(text: string | null | undefined): ConditionRow[] | null {
  if (!text || !text.trim()) return [];
  let tree: Expression;
  try {
    tree = jsep(text);
  } catch {
    return null;
  }
  return tree.type === 'Compound' ? null : flatten(tree, false);
}

const quote = (value: string) =>
  `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`;

/** A row is complete when its value can be written: a finite number, or any text. */
export function rowComplete(row: ConditionRow): boolean {
  if (CONDITION_FIELDS[row.field] !== 'number') return true;
  return row.value.trim() !== '' && Number.isFinite(Number(row.value));
}

/**
 * The condition text of complete rows, "and" binding tighter than "or" as in the API
 * (`a or b and c` is `a or (b and c)`); '' when there is none.
 */
export function printConditionRows(rows: readonly ConditionRow[]): string {
  return rows
    .filter(rowComplete)
    .map((row, i) => {
      const value =
        CONDITION_FIELDS[row.field] === 'number' ? String(Number(row.value)) : quote(row.value);
      const comparisonText = `${row.field} ${row.operator} ${value}`;
      return i === 0 ? comparisonText : `${row.connector} ${comparisonText}`;
    })
    .join(' ');
}

/** A new row: the amount threshold most conditions start with. */
export const newConditionRow = (): ConditionRow => ({
  field: 'amount',
  operator: '>=',
  value: '',
  connector: 'and',
});

/** Changing a row's variable keeps its operator when the new type allows it. */
export function withField(row: ConditionRow, field: ConditionField): ConditionRow {
  const operator = operatorsOf(field).includes(row.operator) ? row.operator : '==';
  const value = CONDITION_FIELDS[field] === CONDITION_FIELDS[row.field] ? row.value : '';
  return { ...row, field, operator, value };
}
