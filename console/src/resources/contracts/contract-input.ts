type Row = Record<string, unknown>;

/**
 * Empty optional fields mean "use the deal's" (amount, title, kind) or "one-off" (term);
 * blank sites are dropped.
 */
export function contractInput(input: Row): Row {
  const out: Row = { ...input };
  for (const key of ['amount', 'title', 'terms', 'kind', 'termMonths'] as const) {
    if (out[key] === '' || out[key] === null) delete out[key];
  }
  if (out.termMonths !== undefined) out.termMonths = Number(out.termMonths);
  out.sites = ((input.sites as unknown[] | undefined) ?? [])
    .map((site) => String(site ?? '').trim())
    .filter(Boolean);
  return out;
}
