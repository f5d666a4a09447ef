import {
  ACCOUNT_TIERS,
  LIFECYCLE_STAGES,
  MATRIX_QUADRANTS,
  PURCHASE_MODES,
  ROLES,
  TEAM_ROLES,
  USER_STATUSES,
} from '@trident/domain';

/** react-admin choices from the shared enums; names are translation keys. */
const choices = (values: readonly string[], group: string) =>
  values.map((id) => ({ id, name: `trident.${group}.${id}` }));

export const tierChoices = choices(ACCOUNT_TIERS, 'tiers');
export const quadrantChoices = choices(MATRIX_QUADRANTS, 'quadrants');
export const purchaseModeChoices = choices(PURCHASE_MODES, 'purchase_modes');
export const lifecycleStageChoices = choices(LIFECYCLE_STAGES, 'lifecycle_stages');
export const roleChoices = choices(ROLES, 'roles');
export const teamRoleChoices = choices(TEAM_ROLES, 'team_roles');
export const statusChoices = choices(USER_STATUSES, 'statuses');
export const relationshipChoices = [1, 2, 3, 4, 5].map((id) => ({ id, name: String(id) }));
