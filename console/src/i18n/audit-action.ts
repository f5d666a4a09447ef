type Translate = (key: string, options?: Record<string, unknown>) => string;

/** An audit event's action ("payment.record") in words; an action without words shows as it is. */
export function auditActionText(action: string, translate: Translate): string {
  return translate(`trident.audit_actions.${action.replaceAll('.', '__')}`, { _: action });
}
