/** What a failed data provider call says, read from the HttpError the provider throws. */
export interface ApiErrorDetails {
  message: string;
  code?: string;
  field?: string;
  /** Why the API refused, where it says (RESOLVES_ITSELF, NOT_IN_LINE…). */
  reason?: string;
  /** BANT items a lead still lacks (convertLead). */
  missing: string[];
  /** Entry criteria a deal does not meet yet (moveOpportunity). */
  unmet: string[];
  /** A frequency cap that refused a resource request (requestResource). */
  cap?: { period: string; limit: number; used: number };
}

export function apiError(error: unknown): ApiErrorDetails {
  const e = error as { message?: string; body?: Record<string, unknown> } | null;
  const body = e?.body ?? {};
  const strings = (value: unknown) =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  return {
    message: e?.message ?? String(error),
    code: typeof body.code === 'string' ? body.code : undefined,
    field: typeof body.field === 'string' ? body.field : undefined,
    reason: typeof body.reason === 'string' ? body.reason : undefined,
    missing: strings(body.missing),
    unmet: strings(body.unmet),
    cap:
      typeof body.cap === 'string' && typeof body.limit === 'number'
        ? { period: body.cap, limit: body.limit, used: Number(body.used ?? 0) }
        : undefined,
  };
}

/** The message without the "field: " prefix the API puts before it. */
export function apiMessage(details: ApiErrorDetails): string {
  return details.field && details.message.startsWith(`${details.field}: `)
    ? details.message.slice(details.field.length + 2)
    : details.message;
}

/**
 * The translation keys that explain a refusal, most specific first: the API's reason, then
 * what its code means. The server's English message is for logs and API clients; a person
 * reads one of these in their own language.
 */
export function errorKeys(details: Pick<ApiErrorDetails, 'code' | 'reason'>): string[] {
  return [
    ...(details.reason ? [`trident.errors.reasons.${details.reason}`] : []),
    ...(details.code ? [`trident.errors.codes.${details.code}`] : []),
    'trident.errors.unknown',
  ];
}
