/**
 * How many of a reference's records a picker offers and how many there are, when it offers only
 * some of them and has no help of its own to show instead.
 */
export function moreChoices(
  helperText: unknown,
  choices:
    { isFromReference?: boolean; allChoices?: readonly unknown[]; total?: number } | undefined,
): { shown: number; total: number } | undefined {
  if (helperText !== undefined || !choices?.isFromReference) return undefined;
  const shown = choices.allChoices?.length ?? 0;
  const total = choices.total ?? 0;
  return total > shown && shown > 0 ? { shown, total } : undefined;
}
