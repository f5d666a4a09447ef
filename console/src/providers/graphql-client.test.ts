import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { inlineFragments } from './graphql-client';

describe('documents sent to the API', () => {
  it('carry fragment fields inline, so a spread does not count as a level of depth', () => {
    const document = parse(`
      query List { contracts { nodes { ...ContractFields } } }
      fragment ContractFields on Contract { id milestones { ...MilestoneFields } }
      fragment MilestoneFields on PaymentMilestone { id due }
    `);
    expect(print(inlineFragments(document)).replace(/\s+/g, ' ')).toBe(
      'query List { contracts { nodes { id milestones { id due } } } }',
    );
    expect(inlineFragments(document)).toBe(inlineFragments(document));
  });
});
