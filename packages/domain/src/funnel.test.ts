import { FUNNEL_WEAKNESSES } from './enums';
import type { StageCriterion } from './enums';
import { FUNNEL_WEAKNESS_READING, median, solutionStageIds } from './funnel';

describe('funnel diagnosis helpers', () => {
  it('takes the median of odd and even lists, and none of an empty one', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('has a reading and a training in both languages for every weakness', () => {
    for (const weakness of FUNNEL_WEAKNESSES) {
      const { reading, training } = FUNNEL_WEAKNESS_READING[weakness];
      expect([reading.en, reading.zh, training.en, training.zh].every((t) => t.length > 3)).toBe(
        true,
      );
    }
  });
});

describe('solution stages', () => {
  const stage = (id: string, entryCriteria: StageCriterion[], isWon = false, isLost = false) => ({
    id,
    entryCriteria,
    isWon,
    isLost,
  });
  it('are the open stages entered on the decision maker or on solution work', () => {
    expect(
      solutionStageIds([
        stage('prospect', []),
        stage('contacted', ['ACTIVITY_LOGGED']),
        stage('need', ['DECISION_MAKER']),
        stage('solution', ['SOLUTION_WORK', 'ACTIVITY_LOGGED']),
        stage('won', ['CONTRACT_AMOUNT', 'SOLUTION_WORK'], true),
        stage('lost', ['REASON_NOTE'], false, true),
      ]),
    ).toEqual(['need', 'solution']);
  });
});
