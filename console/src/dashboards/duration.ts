/** A number of minutes in the unit people read it in: minutes, hours, then days. */
export function durationParts(
  minutes: number | null,
): { unit: 'minutes' | 'hours' | 'days'; value: number } | null {
  if (minutes === null || !Number.isFinite(minutes)) return null;
  if (minutes < 60) return { unit: 'minutes', value: Math.round(minutes) };
  if (minutes < 48 * 60) return { unit: 'hours', value: Math.round(minutes / 6) / 10 };
  return { unit: 'days', value: Math.round(minutes / 144) / 10 };
}
