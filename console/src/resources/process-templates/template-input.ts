type Row = Record<string, unknown>;

/** Ordered steps are sent in form order, with the API's defaults for what the form left out. */
export const templateInput = (input: Row): Row =>
  Array.isArray(input.steps)
    ? {
        ...input,
        steps: (input.steps as Row[]).map((step) => ({
          ...step,
          rule: step.rule || 'ALL',
          typicalDays: Number(step.typicalDays ?? 0),
          documentsRequired: (step.documentsRequired as string[] | undefined) ?? [],
        })),
      }
    : input;
