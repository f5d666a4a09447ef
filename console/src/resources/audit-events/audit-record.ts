import { Kind } from 'graphql';
import { RESOURCE_DATA } from '../resource-data';
import { RESOURCES } from '../registry';

/**
 * The console's page for each type a resource reads (its fragment's type): an audit event names
 * its record by type and id, and the page is found from what the console serves, not from a
 * list a new resource would have to be added to. A type with no show or edit page has none.
 */
const PAGE_OF_TYPE: ReadonlyMap<string, (id: string) => string> = new Map(
  Object.entries(RESOURCE_DATA).flatMap(([resource, data]) => {
    const definition = data.fragment.definitions[0];
    const views = RESOURCES.find((entry) => entry.name === resource)?.views ?? [];
    if (definition?.kind !== Kind.FRAGMENT_DEFINITION) return [];
    const page = views.includes('show')
      ? (id: string) => `/${resource}/${encodeURIComponent(id)}/show`
      : views.includes('edit')
        ? (id: string) => `/${resource}/${encodeURIComponent(id)}`
        : null;
    return page ? [[definition.typeCondition.name.value, page] as const] : [];
  }),
);

/** Where an audited record opens in the console, or null where it has no page of its own. */
export function auditRecordPath(entity: string, id: string): string | null {
  return PAGE_OF_TYPE.get(entity)?.(id) ?? null;
}

/**
 * The fields that name a record, best first; `Zh`/`En` pairs in the reader's language. A type
 * with none of them (a handover, a renewal) reads as its short id: its snapshot holds ids,
 * dates and numbers, and its link opens it.
 */
export const labelFields = (locale: string) => {
  const own = locale === 'zh' ? 'Zh' : 'En';
  return [
    'name',
    'title',
    `name${own}`,
    `title${own}`,
    'summary',
    'text',
    'purpose',
    'subject',
    'period',
    'reference',
    'email',
    'code',
  ];
};

const LONGEST = 40;

/**
 * How the record reads in the trail: the first naming field the change left (its name, title,
 * summary, period…; long text cut), the actor's name when the record is the actor (a user
 * signing out, changing their password), else its id.
 */
export function auditRecordLabel(
  id: string,
  before: unknown,
  after: unknown,
  actor?: { id: string; name: string } | null,
  locale = 'en',
): string {
  for (const snapshot of [after, before]) {
    if (!snapshot || typeof snapshot !== 'object') continue;
    for (const field of labelFields(locale)) {
      const value = (snapshot as Record<string, unknown>)[field];
      if (typeof value !== 'string' || !value.trim()) continue;
      const text = value.trim().replace(/\s+/g, ' ');
      return text.length > LONGEST ? `${text.slice(0, LONGEST)}…` : text;
    }
  }
  if (actor && actor.id === id) return actor.name;
  return `${id.slice(0, 8)}…`;
}
