import type { EscalationFieldsFragment } from '../../gql/graphql';

export type EscalationAction = 'ACKNOWLEDGE' | 'RESOLVE' | 'REASSIGN';

/** The longest closing note the API takes. */
export const NOTE_MAX = 2000;

type Escalation = Pick<
  EscalationFieldsFragment,
  'status' | 'acknowledgedAt' | 'targetUserId' | 'rule'
>;

/** What the signed-in person's roles allow (authProvider.canAccess on `escalations`). */
export interface EscalationGrants {
  acknowledge: boolean;
  resolve: boolean;
  /** Managers and ADMIN act on escalations that reached someone else. */
  actAny: boolean;
  reassign: boolean;
}

/**
 * The buttons one escalation offers: nothing once resolved; taking it in hand once; closing
 * by hand only where its rule allows (otherwise it closes when its condition clears); handing
 * it on for managers and ADMIN. Whether a manager is above its holder is the API's to say.
 */
export function escalationActions(
  escalation: Escalation,
  me: string | undefined,
  grants: EscalationGrants,
): EscalationAction[] {
  if (escalation.status !== 'OPEN') return [];
  const handles = grants.actAny || (!!me && escalation.targetUserId === me);
  const actions: EscalationAction[] = [];
  if (handles && grants.acknowledge && !escalation.acknowledgedAt) actions.push('ACKNOWLEDGE');
  if (handles && grants.resolve && escalation.rule?.manualResolve) actions.push('RESOLVE');
  if (grants.reassign) actions.push('REASSIGN');
  return actions;
}
