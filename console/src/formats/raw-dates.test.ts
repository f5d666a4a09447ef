import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * A day or an instant the API sends is ISO text ("2026-12-03", "2026-12-03T02:00:00.000Z"):
 * shown as it is, an English page reads it raw beside "3 Dec 2026". Every field the schema
 * types `LocalDate` or `DateTime` must pass through formats/dates.ts (or DateField) before it
 * reaches the screen. The names come from the schema, so a new date field is covered the day
 * it is added.
 */
const schema = readFileSync(
  path.resolve(__dirname, '../../../packages/schema/schema.graphql'),
  'utf8',
);
const DATE_FIELDS = new Set(
  [...schema.matchAll(/^\s+([a-zA-Z]+)(?:\([^)]*\))?: \[?(?:LocalDate|DateTime)!?\]?!?$/gm)].map(
    (match) => match[1]!,
  ),
);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : tsxFiles(file);
    return entry.name.endsWith('.tsx') ? [file] : [];
  });
}

/** `record.signedAt`, `m?.due`: the date field an expression reads, if it reads one as it is. */
function dateRead(node: ts.Expression): string | undefined {
  let inner: ts.Expression = node;
  while (ts.isParenthesizedExpression(inner) || ts.isNonNullExpression(inner))
    inner = inner.expression;
  if (ts.isPropertyAccessExpression(inner) && DATE_FIELDS.has(inner.name.text))
    return inner.name.text;
  // `record.signedAt ?? '—'`, `open ? m.due : ''`: the date still shows as it is.
  if (
    ts.isBinaryExpression(inner) &&
    [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(
      inner.operatorToken.kind,
    )
  )
    return dateRead(inner.left) ?? dateRead(inner.right);
  if (ts.isConditionalExpression(inner))
    return dateRead(inner.whenTrue) ?? dateRead(inner.whenFalse);
  return undefined;
}

/** A React key or a data attribute names a row; it is never read on the screen. */
function inIdentity(node: ts.Node): boolean {
  for (let up = node.parent; up; up = up.parent)
    if (ts.isJsxAttribute(up)) return /^(key|data-)/.test(up.name.getText());
  return false;
}

/** Where a file shows a date field raw: as a JSX child, inside a template, or as a TextField. */
function rawDates(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const at = (node: ts.Node, what: string) =>
    found.push(
      `${path.relative(path.resolve(__dirname, '..'), file)}:${
        source.getLineAndCharacterOfPosition(node.getStart()).line + 1
      } ${what}`,
    );
  const visit = (node: ts.Node) => {
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      const field = dateRead(node.expression);
      if (field) at(node, field);
    }
    if (ts.isTemplateSpan(node) && !inIdentity(node)) {
      const field = dateRead(node.expression);
      if (field) at(node, field);
    }
    if (ts.isJsxSelfClosingElement(node) && node.tagName.getText(source) === 'TextField') {
      for (const attribute of node.attributes.properties) {
        if (
          ts.isJsxAttribute(attribute) &&
          attribute.name.getText(source) === 'source' &&
          attribute.initializer &&
          ts.isStringLiteral(attribute.initializer) &&
          DATE_FIELDS.has(attribute.initializer.text.split('.').pop()!)
        )
          at(attribute, attribute.initializer.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('dates on the screen', () => {
  it('knows the date fields of the schema', () => {
    expect(DATE_FIELDS.has('signedAt')).toBe(true);
    expect(DATE_FIELDS.has('expectedCloseDate')).toBe(true);
    expect(DATE_FIELDS.has('name')).toBe(false);
  });

  it('finds a raw date in a sample, and not a formatted one', () => {
    const dir = path.join(__dirname, '__fixtures__');
    expect(rawDates(path.join(dir, 'raw-date-sample.tsx'))).toEqual([
      'formats/__fixtures__/raw-date-sample.tsx:5 signedAt',
      'formats/__fixtures__/raw-date-sample.tsx:6 due',
      'formats/__fixtures__/raw-date-sample.tsx:7 paidAt',
      'formats/__fixtures__/raw-date-sample.tsx:12 signedAt',
    ]);
  });

  it('shows no LocalDate or DateTime field of the schema as raw ISO text', () => {
    const offences = tsxFiles(path.resolve(__dirname, '..'))
      .filter((file) => !file.includes('__fixtures__'))
      .flatMap(rawDates);
    expect(offences).toEqual([]);
  });
});
