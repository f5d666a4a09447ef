import { TASK_STATUSES } from './enums';
import { canMoveTask, handoverPlaybook, planScore, TASK_TRANSITIONS } from './execution';

describe('task table rules', () => {
  it('needs an acknowledgement before work starts, and ends in DONE or CANCELLED', () => {
    expect(canMoveTask('PROPOSED', 'IN_PROGRESS')).toBe(false);
    expect(canMoveTask('PROPOSED', 'ACKNOWLEDGED')).toBe(true);
    expect(canMoveTask('SUBMITTED', 'DONE')).toBe(true);
    expect(canMoveTask('IN_PROGRESS', 'DONE')).toBe(false);
    expect(TASK_TRANSITIONS.DONE).toEqual([]);
    for (const status of TASK_STATUSES) expect(canMoveTask(status, status)).toBe(false);
  });

  it('scores a plan as execution × presentation (70 × 70 = 49)', () => {
    expect(planScore(70, 70)).toBe(49);
    expect(planScore(100, 70)).toBe(70);
    expect(planScore(null, 70)).toBeNull();
  });

  it('picks the handover playbook by stage probability', () => {
    expect([0, 25, 50, 75, 100, null].map(handoverPlaybook)).toEqual([
      'TRANSFER',
      'PHONE_INTRO',
      'PHONE_INTRO',
      'JOINT_VISIT',
      'JOINT_VISIT',
      'TRANSFER',
    ]);
  });
});
