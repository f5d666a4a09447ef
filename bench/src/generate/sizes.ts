/** How many of everything a scale asks for; scale 1 is the reference data set. */
export interface Sizes {
  scale: number;
  managers: number;
  sales: number;
  technical: number;
  delivery: number;
  accounts: number;
  /** The 1 % of accounts that hold 30 % of the contacts and activities. */
  hotAccounts: number;
  /** Accounts whose AR is bench-sales-1: its "my open deals" must have data at any scale. */
  salesOneAccounts: number;
  contacts: number;
  opportunities: number;
  activities: number;
  paymentMilestones: number;
}

const scaled = (base: number, scale: number, minimum: number) =>
  Math.max(minimum, Math.round(base * scale));

export function sizesFor(scale: number): Sizes {
  if (!Number.isFinite(scale) || scale <= 0) throw new Error(`scale must be > 0 (got ${scale})`);
  const accounts = scaled(10_000, scale, 1);
  return {
    scale,
    // 1 admin + 1 finance + 6 managers + 42 sales + 5 technical + 5 delivery = 60 at scale 1;
    // small scales keep real teams (2 managers, 6 sales) so per-owner reads stay meaningful.
    managers: scaled(6, scale, 2),
    sales: scaled(42, scale, 6),
    technical: scaled(5, scale, 1),
    delivery: scaled(5, scale, 1),
    accounts,
    hotAccounts: scaled(accounts * 0.01, 1, 1),
    salesOneAccounts: Math.min(40, Math.max(1, Math.floor(accounts / 2))),
    // Every account gets at least its top executive.
    contacts: Math.max(accounts, scaled(200_000, scale, 1)),
    opportunities: scaled(50_000, scale, 1),
    activities: scaled(1_000_000, scale, 1),
    paymentMilestones: scaled(200_000, scale, 1),
  };
}
