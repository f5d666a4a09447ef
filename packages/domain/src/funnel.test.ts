import { FUNNEL_WEAKNESSES } from './enums';
import { FUNNEL_WEAKNESS_READING, median } from './funnel';

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
