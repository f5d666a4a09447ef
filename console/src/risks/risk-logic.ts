/**
 * The account risk register in shapes and words (issue 20, seed 004): exposure is likelihood ×
 * impact (1–25); the form's values become the API's inputs. The API checks everything again
 * (the owner must sit on the account team).
 */
import type { RiskSource, RiskStatus } from '@trident/domain';
import type { RiskFieldsFragment } from '../gql/graphql';

export type Risk = RiskFieldsFragment;
export type ExposureLevel = 'high' | 'medium' | 'low';

/** 15–25 high, 8–14 medium, below that low: the colours of a 5 × 5 heat map. */
export function exposureLevel(exposure: number): ExposureLevel {
  if (exposure >= 15) return 'high';
  if (exposure >= 8) return 'medium';
  return 'low';
}

export const EXPOSURE_COLORS: Record<ExposureLevel, 'error' | 'warning' | 'success'> = {
  high: 'error',
  medium: 'warning',
  low: 'success',
};

export const STATUS_COLORS: Record<RiskStatus, 'error' | 'warning' | 'default'> = {
  OPEN: 'error',
  MITIGATING: 'warning',
  CLOSED: 'default',
};

/** A risk raised by the worker from a live signal (not entered by hand). */
export const isAutomatic = (source: RiskSource) => source !== 'MANUAL';

/**
 * Highest exposure first (the API's order); a closed risk after the live ones; then the one
 * to look at soonest, then by title. Stable for rows the API already ranked.
 */
export function rankRisks<T extends Pick<Risk, 'exposure' | 'status' | 'reviewDate' | 'title'>>(
  risks: readonly T[],
): T[] {
  return [...risks].sort(
    (a, b) =>
      Number(a.status === 'CLOSED') - Number(b.status === 'CLOSED') ||
      b.exposure - a.exposure ||
      (a.reviewDate ?? '9999').localeCompare(b.reviewDate ?? '9999') ||
      a.title.localeCompare(b.title),
  );
}

/** A review date already behind us on a risk still open. */
export const reviewDue = (risk: Pick<Risk, 'reviewDate' | 'status'>, today: string) =>
  risk.status !== 'CLOSED' && !!risk.reviewDate && risk.reviewDate <= today;

/** What the create/edit dialog holds, as typed. */
export interface RiskForm {
  title: string;
  description: string;
  likelihood: number;
  impact: number;
  ownerId: string;
  mitigation: string;
  reviewDate: string;
  status: RiskStatus;
}

export const emptyRiskForm = (): RiskForm => ({
  title: '',
  description: '',
  likelihood: 3,
  impact: 3,
  ownerId: '',
  mitigation: '',
  reviewDate: '',
  status: 'OPEN',
});

export const riskForm = (risk: Risk): RiskForm => ({
  title: risk.title,
  description: risk.description ?? '',
  likelihood: risk.likelihood,
  impact: risk.impact,
  ownerId: risk.ownerId ?? '',
  mitigation: risk.mitigation ?? '',
  reviewDate: risk.reviewDate ?? '',
  status: risk.status,
});

const score = (n: number) => Number.isInteger(n) && n >= 1 && n <= 5;

/** Field → translation key of what is wrong; empty when the form may be saved. */
export function riskFormErrors(form: RiskForm): Partial<Record<keyof RiskForm, string>> {
  const errors: Partial<Record<keyof RiskForm, string>> = {};
  const title = form.title.trim();
  if (!title) errors.title = 'ra.validation.required';
  else if (title.length > 200) errors.title = 'trident.risks.too_long';
  if (form.description.length > 4000) errors.description = 'trident.risks.too_long';
  if (form.mitigation.length > 4000) errors.mitigation = 'trident.risks.too_long';
  if (!score(form.likelihood)) errors.likelihood = 'trident.risks.score_range';
  if (!score(form.impact)) errors.impact = 'trident.risks.score_range';
  if (form.reviewDate && !/^\d{4}-\d{2}-\d{2}$/.test(form.reviewDate))
    errors.reviewDate = 'trident.risks.bad_date';
  return errors;
}

const textOrNull = (text: string) => text.trim() || null;

/** The form as CreateRiskInput; blanks are left out. */
export function createRiskInput(accountId: string, form: RiskForm) {
  return {
    accountId,
    title: form.title.trim(),
    description: textOrNull(form.description),
    likelihood: form.likelihood,
    impact: form.impact,
    ownerId: form.ownerId || null,
    mitigation: textOrNull(form.mitigation),
    reviewDate: form.reviewDate || null,
  };
}

/** The form as UpdateRiskInput: only what changed, so an edit never rewrites the rest. */
export function updateRiskInput(before: Risk, form: RiskForm) {
  const was = riskForm(before);
  const input: {
    title?: string;
    description?: string | null;
    likelihood?: number;
    impact?: number;
    ownerId?: string | null;
    mitigation?: string | null;
    reviewDate?: string | null;
    status?: RiskStatus;
  } = {};
  if (form.title.trim() !== was.title) input.title = form.title.trim();
  if (form.description.trim() !== was.description.trim())
    input.description = textOrNull(form.description);
  if (form.likelihood !== was.likelihood) input.likelihood = form.likelihood;
  if (form.impact !== was.impact) input.impact = form.impact;
  if (form.ownerId !== was.ownerId) input.ownerId = form.ownerId || null;
  if (form.mitigation.trim() !== was.mitigation.trim())
    input.mitigation = textOrNull(form.mitigation);
  if (form.reviewDate !== was.reviewDate) input.reviewDate = form.reviewDate || null;
  if (form.status !== was.status) input.status = form.status;
  return input;
}

/** The task form opened to mitigate a risk: its customer and the risk, already filled in. */
export const mitigationTaskState = (risk: Pick<Risk, 'id' | 'accountId' | 'title'>) => ({
  record: { accountId: risk.accountId, riskId: risk.id, riskTitle: risk.title, kind: 'GENERAL' },
});
