/**
 * Form values → the API's pipeline and planning inputs, where the adapter's generic cut to
 * the input type is not enough: blank texts as null, decimals as strings, numbers as numbers,
 * read shapes renamed to what the input takes. Rules about the values stay in the API.
 */
type Row = Record<string, unknown>;

const blank = (value: unknown) => value === undefined || value === null || value === '';

/** A decimal for the API: a string, or null when the field was cleared. */
export const decimal = (value: unknown): string | null => (blank(value) ? null : String(value));

const numberOrNull = (value: unknown): number | null => (blank(value) ? null : Number(value));

const textOrNull = (value: unknown): string | null =>
  blank(value) ? null : String(value).trim() || null;

/** Applies `shape` to the keys that are present, leaving absent ones absent (partial updates). */
function reshape(input: Row, shapes: Record<string, (value: unknown) => unknown>): Row {
  const out: Row = { ...input };
  for (const [key, shape] of Object.entries(shapes)) {
    if (key in input && input[key] !== undefined) out[key] = shape(input[key]);
  }
  return out;
}

const list = <T>(value: unknown, item: (row: Row) => T): T[] =>
  Array.isArray(value) ? (value as Row[]).filter(Boolean).map(item) : [];

const bant = (value: unknown) => {
  const check = (value ?? {}) as { confirmed?: boolean; note?: string | null };
  return { confirmed: !!check.confirmed, note: textOrNull(check.note) };
};

export const leadInput = (input: Row): Row =>
  reshape(input, {
    spin: (v) => {
      const spin = (v ?? {}) as Row;
      return {
        situation: textOrNull(spin.situation),
        problem: textOrNull(spin.problem),
        implication: textOrNull(spin.implication),
        needPayoff: textOrNull(spin.needPayoff),
      };
    },
    budget: bant,
    authority: bant,
    need: bant,
    timing: bant,
  });

export const opportunityInput = (input: Row): Row =>
  reshape(input, {
    team: (v) => list(v, (m) => ({ userId: m.userId, teamRole: m.teamRole })),
    products: (v) => list(v, (p) => p as unknown as string).filter((p) => !blank(p)),
    decisionContacts: (v) =>
      list(v, (c) => ({ contactId: c.contactId, role: c.role, note: textOrNull(c.note) })),
    competitors: (v) =>
      list(v, (c) => ({
        name: c.name,
        strengths: textOrNull(c.strengths),
        weaknesses: textOrNull(c.weaknesses),
      })),
  });

export const activityInput = (input: Row): Row =>
  reshape(input, {
    occurredAt: (v) => (v instanceof Date ? v.toISOString() : v),
    participantIds: (v) => (Array.isArray(v) ? v : []),
    contactIds: (v) => (Array.isArray(v) ? v : []),
  });

/** The plan reads target and potential as Money; it writes them as amounts in its currency. */
export function accountPlanInput(input: Row): Row {
  const out = reshape(input, {
    productTargets: (v) =>
      list(v, (t) => ({ product: t.product, amount: decimal(t.amount) ?? '0' })),
    milestones: (v) =>
      list(v, (m) => ({
        task: m.task,
        ownerId: m.ownerId,
        due: m.due,
        floorTarget: decimal(m.floorTarget),
        done: !!m.done,
      })),
    riskMargin: numberOrNull,
  });
  if ('target' in input) {
    out.targetAmount = decimal((input.target as Row | null)?.amount);
    delete out.target;
  }
  if ('potential' in input) {
    out.potentialAmount = decimal((input.potential as Row | null)?.amount);
    delete out.potential;
  }
  return out;
}

export const salesTargetInput = (input: Row): Row =>
  reshape(input, {
    revenue: decimal,
    currency: (v) => (blank(v) ? 'CNY' : v),
    newAccounts: numberOrNull,
    renewalRate: numberOrNull,
    riskMargin: (v) => (blank(v) ? 3 : Number(v)),
  });

/** A stage is written whole: every field, with the API's defaults for what the form left out. */
export const funnelStageInput = (input: Row): Row => ({
  ...input,
  probability: Number(input.probability ?? 0),
  position: Number(input.position ?? 0),
  isWon: !!input.isWon,
  isLost: !!input.isLost,
  entryCriteria: Array.isArray(input.entryCriteria) ? input.entryCriteria : [],
  weakness: blank(input.weakness) ? null : input.weakness,
  riskMargin: blank(input.riskMargin) ? null : Number(input.riskMargin),
  active: input.active === undefined || input.active === null ? true : !!input.active,
});
