import { parse, print } from 'graphql';
import { gql } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { createGraphqlClient, inlineFragments } from './graphql-client';

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

describe('a read sent while an identical one is in flight', () => {
  it('is a request of its own, so a refetch after a write sees the write', async () => {
    const answers: string[] = [];
    const pending: Array<() => void> = [];
    const fakeFetch = ((_input: RequestInfo | URL, _init?: RequestInit) => {
      const name = answers.length === 0 ? 'before the write' : 'after the write';
      answers.push(name);
      return new Promise<Response>((resolve) => {
        pending.push(() =>
          resolve(
            new Response(JSON.stringify({ data: { escalation: { id: '1', note: name } } }), {
              headers: { 'content-type': 'application/json' },
            }),
          ),
        );
      });
    }) as typeof fetch;
    const client = createGraphqlClient('http://api.test/graphql', fakeFetch);
    const query = gql`
      query One($id: ID!) {
        escalation(id: $id) {
          id
          note
        }
      }
    `;
    const first = client.query({ query, variables: { id: '1' } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const second = client.query({ query, variables: { id: '1' } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(answers).toEqual(['before the write', 'after the write']);
    pending.forEach((release) => release());
    expect((await first).data.escalation.note).toBe('before the write');
    expect((await second).data.escalation.note).toBe('after the write');
  });
});
