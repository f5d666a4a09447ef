import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONSOLE_ROOT, consoleSources } from '../../console-sources';
import { contactChoice } from './contact-choice';

describe('a contact to pick', () => {
  it('reads with its title and department, so two people of one name are told apart', () => {
    expect(contactChoice({ name: '王斌', title: '采购经理', orgUnit: { name: '采购部' } })).toBe(
      '王斌 · 采购经理 · 采购部',
    );
    expect(
      contactChoice({ name: '王斌', title: '网络部主任', orgUnit: { name: '网络部' } }),
    ).not.toBe(contactChoice({ name: '王斌', title: '采购经理', orgUnit: { name: '采购部' } }));
    expect(contactChoice({ name: '李娜', title: ' ', orgUnit: null })).toBe('李娜');
  });

  it('is how every contact picker of the console shows its people', () => {
    const pickers: string[] = [];
    const bare: string[] = [];
    for (const [file, text] of consoleSources()) {
      for (const match of text.matchAll(/reference="contacts"[\s\S]*?<\/Reference\w*Input>/g)) {
        const where = path.relative(CONSOLE_ROOT, file);
        pickers.push(where);
        if (!match[0].includes('optionText={contactChoice}')) bare.push(where);
      }
    }
    expect(pickers.length).toBeGreaterThanOrEqual(7);
    expect(bare).toEqual([]);
  });
});
