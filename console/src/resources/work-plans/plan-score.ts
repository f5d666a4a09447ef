/** A 0–100 number for people: whole, or with one decimal when it has one. */
export const percent = (value: number | null) =>
  value === null ? '—' : String(Math.round(value * 10) / 10);

/** Seed 000's arithmetic as the plan page shows it: "70 × 70 → 49". */
export const scoreText = (
  execution: number | null,
  presentation: number | null,
  score: number | null,
) => `${percent(execution)} × ${percent(presentation)} → ${percent(score)}`;
