import type { InputReason, RefusalReason } from '@trident/domain';
import { formatDateTime } from '../formats/dates';

export type Reason = InputReason | RefusalReason;

/**
 * Parameters that are codes of an enum the console already names: the words come from
 * `trident.<group>.<CODE>` (a list is translated item by item).
 */
const PARAM_WORDS: Partial<Record<Reason, Record<string, string>>> = {
  TASK_CLOSED: { status: 'task_statuses' },
  TASK_TRANSITION: { from: 'task_statuses', to: 'task_statuses' },
  TASK_ACKNOWLEDGE_FIRST: { from: 'task_statuses', to: 'task_statuses' },
  LEAD_CLOSED: { status: 'lead_statuses' },
  RUN_CLOSED: { status: 'run_statuses' },
  STEP_TRANSITION: { from: 'run_step_statuses', to: 'run_step_statuses' },
  MILESTONE_ALREADY: { stage: 'milestone_statuses' },
  EVIDENCE_MISSING: { missing: 'evidence_items' },
  BANT_MISSING: { missing: 'bant_items' },
  CONFIRMATION_NOTE_REQUIRED: { item: 'bant_items' },
  STAGE_CRITERIA_UNMET: { unmet: 'stage_criteria_help' },
  ON_TEAM: { teamRole: 'team_roles' },
  REQUEST_DECIDED: { status: 'request_statuses' },
  RESOURCE_CAP_REACHED: { cap: 'resource_request.periods' },
  TASK_FILES_CLOSED: { status: 'task_statuses' },
};

/**
 * Reasons whose `detail` is the API's English for a problem the console words itself: the
 * words come from `trident.<group>.<problem>` with the same parameters.
 */
const DETAIL_WORDS: Partial<Record<Reason, string>> = {
  CONDITION_INVALID: 'condition_problems',
};

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** An instant the API sends as ISO-8601 ("2026-12-05T11:05:43.579Z"). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export interface RefusalLike {
  message?: string;
  extensions?: Record<string, unknown>;
}

/**
 * A refusal of the API in the user's language: by its reason (with its parameters, enum
 * codes among them in words, instants in the user's clock and format), else by its code.
 * The API's English message is never shown.
 */
export function describeRefusal(
  error: RefusalLike,
  translate: Translate,
  listSeparator = ', ',
  locale = 'en',
) {
  const extensions = error.extensions ?? {};
  const reason = typeof extensions.reason === 'string' ? extensions.reason : undefined;
  const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
  if (reason) {
    const key = `trident.server.reasons.${reason}`;
    const words = PARAM_WORDS[reason as Reason] ?? {};
    const params: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(extensions)) {
      const group = words[name];
      const say = (v: unknown) =>
        group && typeof v === 'string'
          ? translate(`trident.${group}.${v.toUpperCase()}`, { _: v })
          : typeof v === 'string' && INSTANT.test(v)
            ? formatDateTime(v, locale)
            : String(v);
      params[name] = Array.isArray(value) ? value.map(say).join(listSeparator) : say(value);
    }
    const detailGroup = DETAIL_WORDS[reason as Reason];
    if (detailGroup && typeof extensions.problem === 'string')
      params.detail = translate(`trident.${detailGroup}.${extensions.problem}`, {
        ...params,
        _: params.detail ?? '',
      });
    const text = translate(key, { ...params, _: '' });
    if (text) return text;
  }
  return translate(`trident.server.codes.${code}`, {
    _: translate('trident.server.codes.INTERNAL_SERVER_ERROR'),
  });
}
