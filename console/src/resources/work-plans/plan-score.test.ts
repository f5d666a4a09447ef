import { describe, expect, it } from 'vitest';
import { scoreText } from './plan-score';

describe('plan score text', () => {
  it('shows execution × presentation with the score (seed 000: 70 × 70 → 49)', () => {
    expect(scoreText(70, 70, 49)).toBe('70 × 70 → 49');
    expect(scoreText(66.666, 80, 53.33)).toBe('66.7 × 80 → 53.3');
  });

  it('shows a dash for what is not known yet', () => {
    expect(scoreText(40, null, null)).toBe('40 × — → —');
  });
});
