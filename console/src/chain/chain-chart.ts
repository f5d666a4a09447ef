/**
 * Pure helpers of the chain view (tested in chain-chart.test.ts): a run's steps as rows of
 * the timeline chart — the expected bar against the observed one — and how each is drawn.
 */
import type {
  ChainRunFragment,
  ChainStepFragment,
  DealChainQuery,
  RunStepGap,
} from '../gql/graphql';

export type ChainStep = ChainStepFragment;
export type ChainRun = ChainRunFragment;
export type GapTask = DealChainQuery['gapTasks']['nodes'][number];

const DAY = 86_400_000;
/** An observed start and finish on the same day still shows as a sliver. */
const MIN_BAR = DAY / 4;

export type ChainTone = 'passed' | 'skipped' | 'current' | 'blocked' | 'late' | 'pending';

export interface ChainChartRow {
  id: string;
  label: string;
  /** Expected start → finish, epoch milliseconds; null for a skipped step. */
  expected: [number, number] | null;
  /** Into review → passed or skipped (today while open); null before it started. */
  observed: [number, number] | null;
  tone: ChainTone;
  late: boolean;
  current: boolean;
}

const time = (iso: string | null | undefined) => (iso ? new Date(iso).getTime() : null);
const isOpen = (status: ChainStep['status']) => status !== 'PASSED' && status !== 'SKIPPED';

type Timed = Pick<
  ChainStep,
  'status' | 'daysLate' | 'expectedFinish' | 'finishedAt' | 'expectedStart' | 'startedAt'
>;

/**
 * Late: open and past its expected finish (the API's daysLate), or passed a whole day or
 * more after it.
 */
export function stepIsLate(step: Timed): boolean {
  if (isOpen(step.status)) return step.daysLate > 0;
  const finished = time(step.finishedAt);
  const expected = time(step.expectedFinish);
  return (
    step.status === 'PASSED' &&
    finished !== null &&
    expected !== null &&
    Math.floor((finished - expected) / DAY) >= 1
  );
}

export function stepTone(step: Timed, current: boolean): ChainTone {
  if (step.status === 'SKIPPED') return 'skipped';
  if (step.status === 'BLOCKED') return 'blocked';
  if (stepIsLate(step)) return 'late';
  if (step.status === 'PASSED') return 'passed';
  return current ? 'current' : 'pending';
}

/** What was observed: from review (or the finish, when it never was in review) to the finish or today. */
function observedRange(step: Timed, now: number): [number, number] | null {
  const finished = time(step.finishedAt);
  const started = time(step.startedAt) ?? finished;
  if (started === null) return null;
  const end = finished ?? (isOpen(step.status) ? now : started);
  return [started, Math.max(end, started + MIN_BAR)];
}

/** One chart row per step, in run order. */
export function chainChartRows(
  steps: readonly Pick<
    ChainStep,
    | 'id'
    | 'position'
    | 'name'
    | 'status'
    | 'daysLate'
    | 'expectedStart'
    | 'expectedFinish'
    | 'startedAt'
    | 'finishedAt'
  >[],
  currentStepId: string | null | undefined,
  now: Date,
): ChainChartRow[] {
  return [...steps]
    .sort((a, b) => a.position - b.position)
    .map((step) => {
      const start = time(step.expectedStart);
      const finish = time(step.expectedFinish);
      const current = step.id === currentStepId;
      const tone = stepTone(step, current);
      return {
        id: step.id,
        label: `${step.position}. ${step.name}`,
        expected:
          start !== null && finish !== null ? [start, Math.max(finish, start + MIN_BAR)] : null,
        observed: observedRange(step, now.getTime()),
        tone,
        late: tone === 'late' || (tone === 'blocked' && step.daysLate > 0),
        current,
      };
    });
}

/**
 * The time axis: every bar, today and the given marks (forecast, expected close), a day of
 * air on either side, from midnight to midnight.
 */
export function chainChartDomain(
  rows: readonly ChainChartRow[],
  now: Date,
  marks: readonly (string | null | undefined)[] = [],
): [number, number] {
  const points = [
    now.getTime(),
    ...rows.flatMap((row) => [...(row.expected ?? []), ...(row.observed ?? [])]),
    ...marks.map(time).filter((t): t is number => t !== null),
  ];
  const min = Math.min(...points) - DAY;
  const max = Math.max(...points) + DAY;
  return [Math.floor(min / DAY) * DAY, Math.ceil(max / DAY) * DAY];
}

export const TONE_COLORS: Record<ChainTone, string> = {
  passed: '#2e7d32',
  skipped: '#9e9e9e',
  current: '#1976d2',
  blocked: '#c62828',
  late: '#d32f2f',
  pending: '#90a4ae',
};

/** Roughly how wide text is drawn: CJK glyphs are square, Latin ones a little over half. */
const textWidth = (text: string, fontSize: number) =>
  [...text].reduce((sum, ch) => sum + (ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.6) * fontSize, 0);

/**
 * A label cut to fit the axis (an SVG label is not wrapped or clipped): as much of its
 * start as fits, then an ellipsis; the tooltip has the whole of it.
 */
export function fitLabel(label: string, maxWidth: number, fontSize = 12): string {
  if (textWidth(label, fontSize) <= maxWidth) return label;
  const chars = [...label];
  const budget = maxWidth - fontSize;
  let width = 0;
  let end = 0;
  while (end < chars.length && width + textWidth(chars[end]!, fontSize) <= budget) {
    width += textWidth(chars[end]!, fontSize);
    end += 1;
  }
  return `${chars.slice(0, end).join('').trimEnd()}…`;
}

/** A day as people read it in the app's language (12月3日 · Dec 3). */
export function formatDay(
  value: string | number | null | undefined,
  locale: string,
  withYear = false,
): string {
  if (value === null || value === undefined || value === '') return '—';
  // A plain date (2026-12-03) is a calendar day, not midnight UTC.
  const date =
    typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value)
      ? new Date(`${value}T00:00:00`)
      : new Date(value);
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    day: 'numeric',
    ...(withYear ? { year: 'numeric' } : {}),
  }).format(date);
}

/** Where a gap badge leads: its own task when this step speaks for it, else the account's relationship tasks. */
export function gapTaskLink(
  stepId: string,
  gap: RunStepGap,
  tasks: readonly GapTask[],
  accountId: string,
): string {
  const task = tasks.find((t) => t.gapStepId === stepId && t.gapKind === gap);
  if (task) return `/tasks/${task.id}/show`;
  const filter = encodeURIComponent(JSON.stringify({ accountId, kind: 'RELATIONSHIP' }));
  return `/tasks?filter=${filter}`;
}
