import { conditionApplies, parseCondition, type Deal } from './condition';

export interface StepLike {
  position: number;
  condition: string | null;
  typicalDays: number;
}

/**
 * The steps of a template that apply to a deal, in order, and the expected total days.
 * A step without a condition always applies, and so does one whose condition cannot be told
 * (an amount in another currency). Conditions were validated when saved.
 */
export function approvalPath<T extends StepLike>(
  steps: T[],
  deal: Deal,
): { steps: T[]; totalDays: number } {
  const applying = [...steps]
    .sort((a, b) => a.position - b.position)
    .filter((step) => !step.condition || conditionApplies(parseCondition(step.condition), deal));
  return { steps: applying, totalDays: applying.reduce((sum, step) => sum + step.typicalDays, 0) };
}
