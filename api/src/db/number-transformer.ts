/** numeric columns that hold small ratios read as JS numbers. */
export function numberTransformer() {
  return {
    to: (value: number | null | undefined) => value,
    from: (value: string | null) => (value === null ? null : Number(value)),
  };
}
