type Row = Record<string, unknown>;

/** A cleared picker holds '' : the API reads a left-out choice as null. */
const orNull = (value: unknown) => (value === '' || value === undefined ? null : value);

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
          condition: orNull(step.condition),
          approverContactId: orNull(step.approverContactId),
          approverOrgUnitId: orNull(step.approverOrgUnitId),
          ownerRole: orNull(step.ownerRole),
          ownerUserId: orNull(step.ownerUserId),
        })),
      }
    : input;

const valueAt = (values: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Row)[key] : undefined),
      values,
    );

/**
 * Seed 000: a step names who approves it — a contact, or the department beside it (the
 * sibling `approverOrgUnitId` of the validated `…approverContactId`). `applies` says whether
 * the form asks for it: an account's template does, a global one is a pattern. The API
 * refuses it too, on the same field.
 */
export const approverNamed =
  (applies: (values: Row) => boolean) =>
  (value: unknown, values: Row, props?: { finalSource?: string; source?: string }) => {
    if (value || !applies(values)) return undefined;
    const source = props?.finalSource ?? props?.source ?? 'approverContactId';
    const unit = valueAt(values, source.replace(/approverContactId$/, 'approverOrgUnitId'));
    return unit ? undefined : 'trident.process.approver_required';
  };
