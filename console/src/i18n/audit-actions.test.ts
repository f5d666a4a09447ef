import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { TASK_STATUSES } from '@trident/domain';
import { describe, expect, it } from 'vitest';
import { auditActionsEn } from './audit-actions.en';
import { auditActionsZh } from './audit-actions.zh';
import { en } from './en';
import { zh } from './zh';

const API_SRC = path.resolve(__dirname, '../../../api/src');
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [full] : [];
  });

/** Every action the API audits: the literals in its services, and a task's every move. */
function auditedActions(): string[] {
  const found = new Set<string>();
  for (const file of sources(API_SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(
      /action:\s*(?:[^,}\n]*\?\s*)?'([A-Za-z_]+(?:\.[A-Za-z_]+)+)'(?:\s*:\s*'([A-Za-z_]+(?:\.[A-Za-z_]+)+)')?/g,
    ))
      for (const action of [match[1], match[2]]) if (action) found.add(action);
  }
  for (const status of TASK_STATUSES) found.add(`task.${status.toLowerCase()}`);
  return [...found].sort();
}

describe('audit actions', () => {
  it('has words in English and Chinese for every action the API audits', () => {
    const actions = auditedActions();
    expect(actions.length).toBeGreaterThan(60);
    const missing = actions.filter((a) => {
      const key = a.replaceAll('.', '__') as keyof typeof auditActionsEn;
      return !auditActionsEn[key] || !auditActionsZh[key];
    });
    expect(missing).toEqual([]);
  });

  it('names in English and Chinese every kind of record the API audits', () => {
    const entities = new Set<string>();
    for (const file of sources(API_SRC))
      for (const match of readFileSync(file, 'utf8').matchAll(/entity: '([A-Z][a-z][A-Za-z]*)'/g))
        entities.add(match[1]!);
    expect(entities.size).toBeGreaterThan(30);
    for (const words of [en, zh]) {
      const names = (words as { trident: { audit: { entities: Record<string, string> } } }).trident
        .audit.entities;
      expect([...entities].filter((e) => !names[e])).toEqual([]);
    }
  });
});
