/** One level of an escalation chain: who, and how many hours after the previous level. */
export interface ChainLevel {
  target: string;
  afterHours: number;
  resourceId: string | null;
}

/** Hours after the trigger at which each level is reached (the levels add up). */
export function levelTimes(levels: ChainLevel[]): number[] {
  let at = 0;
  return levels.map((level) => (at += Number(level.afterHours) || 0));
}
