import { RESOURCE_OPERATIONS } from '@trident/domain';
import { describe, expect, it } from 'vitest';
import { initiallyOpen, MENU_SECTIONS, orderedSections, sectionOf } from './menu-sections';

describe('menu sections', () => {
  it('puts the role’s own sections first, then my desk', () => {
    expect(orderedSections(['ADMIN']).map((s) => s.key)).toEqual([
      'admin',
      'mine',
      'customers',
      'sales',
      'delivery',
      'team',
    ]);
    expect(
      orderedSections(['FINANCE'])
        .map((s) => s.key)
        .slice(0, 3),
    ).toEqual(['delivery', 'customers', 'mine']);
    expect(initiallyOpen(['MANAGER', 'SALES'])).toEqual(['team', 'sales', 'customers', 'mine']);
  });

  it('lists every resource with a list page exactly once, except the desks’ own lists', () => {
    const listed = MENU_SECTIONS.flatMap((s) =>
      s.entries.flatMap((e) => ('resource' in e ? [e.resource] : [])),
    );
    expect(new Set(listed).size).toBe(listed.length);
    const pages = Object.entries(RESOURCE_OPERATIONS)
      .filter(([, actions]) => actions.list)
      .map(([name]) => name)
      // Opened from a desk number: what is blocked, what changed in targets.
      .filter((name) => !['blockedSteps', 'targetAdjustments'].includes(name));
    expect([...listed].sort()).toEqual(pages.sort());
  });

  it('knows which section holds the page on screen', () => {
    expect(sectionOf('/opportunities/board')).toBe('sales');
    expect(sectionOf('/auditEvents')).toBe('admin');
    expect(sectionOf('/accounts/a1/war-room')).toBe('customers');
    expect(sectionOf('/')).toBeNull();
  });
});
