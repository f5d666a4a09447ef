import { i18nProvider } from '../i18n/i18n-provider';
import { describeRefusal, type RefusalLike } from '../i18n/refusals';

/** What a failed data provider call says, read from the HttpError the provider throws. */
export interface ApiErrorDetails {
  /** In the user's language; names the field when the call knew its resource. */
  message: string;
  /** The same words without the field's name (for next to the field). */
  words: string;
  code?: string;
  field?: string;
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
    words: typeof body.words === 'string' ? body.words : (e?.message ?? String(error)),
    code: typeof body.code === 'string' ? body.code : undefined,
    field: typeof body.field === 'string' ? body.field : undefined,
    missing: strings(body.missing),
    unmet: strings(body.unmet),
    cap:
      typeof body.cap === 'string' && typeof body.limit === 'number'
        ? { period: body.cap, limit: body.limit, used: Number(body.used ?? 0) }
        : undefined,
  };
}

/** The words without the field's name, for next to the field. */
export function apiMessage(details: ApiErrorDetails): string {
  return details.words;
}

/**
 * Any failure as words for people: the data provider's (already translated), or an Apollo
 * error of a page that queries directly, translated here from its code and reason.
 */
export function errorText(error: unknown): string {
  const apollo = error as {
    graphQLErrors?: RefusalLike[];
    networkError?: unknown;
    body?: unknown;
    message?: string;
  } | null;
  const first = apollo?.graphQLErrors?.[0];
  if (first)
    return describeRefusal(
      first,
      i18nProvider.translate,
      listSeparator(),
      i18nProvider.getLocale(),
    );
  if (apollo?.networkError) return i18nProvider.translate('trident.server.codes.UNAVAILABLE');
  return apollo?.message ?? String(error);
}

const listSeparator = () => (i18nProvider.getLocale() === 'zh' ? '、' : ', ');
