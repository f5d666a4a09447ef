import { matrixQuadrant } from './quadrant';

describe('matrixQuadrant', () => {
  it('places a customer by potential and relationship', () => {
    expect(matrixQuadrant('8000000', 4)).toBe('CORE');
    expect(matrixQuadrant('8000000', 1)).toBe('GROWTH');
    expect(matrixQuadrant('300000', 5)).toBe('TRACTION');
    expect(matrixQuadrant('300000', 2)).toBe('PROBLEM');
  });

  it('treats the thresholds as inclusive', () => {
    expect(matrixQuadrant('5000000.00', 3)).toBe('CORE');
    expect(matrixQuadrant('4999999.99', 3)).toBe('TRACTION');
  });

  it('has no quadrant until both inputs are known', () => {
    expect(matrixQuadrant(null, 3)).toBeNull();
    expect(matrixQuadrant('100', null)).toBeNull();
    expect(matrixQuadrant('abc', 3)).toBeNull();
  });
});
