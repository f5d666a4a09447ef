type Translate = (key: string, options?: Record<string, unknown>) => string;

/** An audit event's action ("payment.record") in words; an action without words shows as it is. */
export function auditActionText(action: string, translate: Translate): string {
  return translate(`trident.audit_actions.${action.replaceAll('.', '__')}`, { _: action });
}

/** The kind of record an audit event is about ("ResourceRequest") in words; unknown ones as they are. */
export function auditEntityText(entity: string, translate: Translate): string {
  return translate(`trident.audit.entities.${entity}`, { _: entity });
}

/** Who acted: a person (USER) or a BI tool's token (TOKEN), in words. */
export function auditActorKindText(kind: string, translate: Translate): string {
  return translate(`trident.audit.actor_kinds.${kind}`, { _: kind });
}
