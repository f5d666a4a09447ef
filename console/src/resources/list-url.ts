/**
 * A react-admin list URL with its filter set. The filter is always in the URL, even when
 * empty: react-admin then ignores the list's remembered and default filters, so the list
 * holds exactly the rows the number or bar that links here counted.
 */
export const listUrl = (resource: string, filter: Record<string, unknown> = {}) =>
  `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
