/** The days a stalled-deals list offers; 30 unless a link says otherwise. */
export const STALLED_DAYS = [7, 14, 30, 60, 90] as const;
export const DEFAULT_STALLED_DAYS = 30;
const PAGE_SIZES = [10, 25, 50];

/** The stalled-deals page's state from its address: days (1–3650), page (from 0), page size. */
export function stalledParams(search: URLSearchParams) {
  const int = (name: string) => {
    const value = Number(search.get(name));
    return Number.isInteger(value) && value > 0 ? value : null;
  };
  const days = Math.min(int('days') ?? DEFAULT_STALLED_DAYS, 3650);
  const perPage = PAGE_SIZES.includes(int('perPage') ?? 0) ? int('perPage')! : 25;
  const page = (int('page') ?? 1) - 1;
  return { days, page, perPage };
}

/** The stalled-deals page for a number of days. */
export const stalledPath = (days: number = DEFAULT_STALLED_DAYS) => `/stalled-deals?days=${days}`;
