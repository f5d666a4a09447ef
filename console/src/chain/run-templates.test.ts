import { describe, expect, it } from 'vitest';
import { orderRunTemplates, type RunTemplate } from './run-templates';

const template = (
  id: string,
  kind: RunTemplate['kind'],
  accountId: string | null,
): RunTemplate => ({
  id,
  name: id,
  kind,
  accountId,
});

describe('run templates', () => {
  it("offers the account's own templates first, then the global ones, each in process order", () => {
    const ordered = orderRunTemplates([
      template('global procurement', 'PROCUREMENT', null),
      template('own payment', 'PAYMENT', 'a1'),
      template('global need', 'NEED', null),
      template('own procurement b', 'PROCUREMENT', 'a1'),
      template('own procurement a', 'PROCUREMENT', 'a1'),
    ]);
    expect(ordered.map((t) => t.id)).toEqual([
      'own procurement a',
      'own procurement b',
      'own payment',
      'global need',
      'global procurement',
    ]);
  });
});
