import type { Role } from '@trident/domain';

/** A page in the menu: a react-admin resource's list, or a page of its own with its access. */
export type MenuEntry =
  | { resource: string }
  | { to: string; label: string; access: { resource: string; action: string } };

export type SectionKey = 'mine' | 'customers' | 'sales' | 'delivery' | 'team' | 'admin';

export interface MenuSection {
  key: SectionKey;
  entries: MenuEntry[];
}

/** The console's pages in working order, by what they are for. */
export const MENU_SECTIONS: readonly MenuSection[] = [
  {
    key: 'mine',
    entries: [
      { resource: 'tasks' },
      { resource: 'feedbacks' },
      { resource: 'escalations' },
      {
        to: '/my-notifications',
        label: 'trident.my_notifications.title',
        access: { resource: 'notifications', action: 'preferences' },
      },
    ],
  },
  {
    key: 'customers',
    entries: [
      { resource: 'accounts' },
      { resource: 'contacts' },
      { resource: 'orgUnits' },
      { resource: 'activities' },
      { resource: 'accountPlans' },
    ],
  },
  {
    key: 'sales',
    entries: [
      { resource: 'leads' },
      { resource: 'opportunities' },
      {
        to: '/opportunities/board',
        label: 'trident.board.title',
        access: { resource: 'opportunities', action: 'list' },
      },
      {
        to: '/stalled-deals',
        label: 'trident.growth.stalled.title',
        access: { resource: 'opportunities', action: 'stalled' },
      },
      { resource: 'renewals' },
      { resource: 'processRuns' },
      { resource: 'salesTargets' },
    ],
  },
  {
    key: 'delivery',
    entries: [
      { resource: 'contracts' },
      { resource: 'paymentMilestones' },
      { resource: 'payments' },
    ],
  },
  {
    key: 'team',
    entries: [
      { resource: 'workPlans' },
      { resource: 'resourceRequests' },
      { resource: 'internalResources' },
      { resource: 'handovers' },
    ],
  },
  {
    key: 'admin',
    entries: [
      { resource: 'users' },
      { resource: 'funnelStages' },
      { resource: 'productLines' },
      { resource: 'surveys' },
      { resource: 'processTemplates' },
      { resource: 'escalationRules' },
      {
        to: '/relationship-cadences',
        label: 'trident.rhythm.cadence.title',
        access: { resource: 'relationshipCadences', action: 'edit' },
      },
      { resource: 'apiTokens' },
      { resource: 'auditEvents' },
      { resource: 'deliveryRobots' },
      { resource: 'deliveries' },
      { resource: 'outbox' },
    ],
  },
];

/** The sections each role works in most, in that order; they come first and start open. */
const ROLE_SECTIONS: Record<Role, readonly SectionKey[]> = {
  SALES: ['sales', 'customers'],
  TECHNICAL: ['sales', 'customers'],
  DELIVERY: ['delivery', 'customers'],
  FINANCE: ['delivery', 'customers'],
  MANAGER: ['team', 'sales', 'customers'],
  ADMIN: ['admin'],
  BI: ['customers'],
};

/** A person's own sections (of all their roles), then "my desk". */
function ownSections(roles: readonly Role[]): SectionKey[] {
  return [...new Set<SectionKey>([...roles.flatMap((role) => ROLE_SECTIONS[role]), 'mine'])];
}

/** The person's own sections first, then "my desk", then the rest in working order. */
export function orderedSections(roles: readonly Role[]): MenuSection[] {
  const own = ownSections(roles);
  const byKey = (key: SectionKey) => MENU_SECTIONS.find((s) => s.key === key)!;
  return [...own.map(byKey), ...MENU_SECTIONS.filter((s) => !own.includes(s.key))];
}

/** Open at first: the person's own sections and "my desk". */
export const initiallyOpen = ownSections;

/** The path an entry opens. */
export const entryPath = (entry: MenuEntry) =>
  'resource' in entry ? `/${entry.resource}` : entry.to;

/** The section holding the page at `pathname` (the longest matching entry wins). */
export function sectionOf(pathname: string): SectionKey | null {
  let best: { key: SectionKey; length: number } | null = null;
  for (const section of MENU_SECTIONS) {
    for (const entry of section.entries) {
      const path = entryPath(entry);
      const matches = pathname === path || pathname.startsWith(`${path}/`);
      if (matches && (!best || path.length > best.length))
        best = { key: section.key, length: path.length };
    }
  }
  return best?.key ?? null;
}
