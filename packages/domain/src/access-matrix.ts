import { ROLES, type Role } from './enums';

/**
 * The one access matrix: which roles may call each GraphQL operation, which fields are
 * hidden from which roles, and which console resource actions map to which operation.
 * The API's auth checker and the console's canAccess both read it; an operation that
 * is not listed here is refused.
 *
 * Operation-level access is only the first gate: record-level scoping (account team and
 * manager chain) is enforced by the API's services on every query.
 */

export const PUBLIC = 'PUBLIC' as const;
type Grant = readonly Role[] | typeof PUBLIC;

const ALL: readonly Role[] = ROLES;
const PEOPLE: readonly Role[] = ROLES.filter((r) => r !== 'BI');
const ACCOUNT_WRITERS: readonly Role[] = ['SALES', 'MANAGER', 'ADMIN'];

export const OPERATIONS = {
  'Mutation.login': PUBLIC,
  'Query.me': ALL,
  'Query.users': ALL,
  'Query.user': ALL,
  'Mutation.createUser': ['ADMIN'],
  'Mutation.updateUser': ['ADMIN'],
  'Mutation.changePassword': PEOPLE,
  'Query.apiTokens': ['ADMIN'],
  'Mutation.createApiToken': ['ADMIN'],
  'Mutation.revokeApiToken': ['ADMIN'],
  'Query.auditEvents': ['ADMIN'],
  'Query.accounts': ALL,
  'Query.account': ALL,
  'Query.claimAttempts': ['SALES', 'MANAGER', 'ADMIN'],
  'Mutation.claimAccount': ACCOUNT_WRITERS,
  'Mutation.updateAccount': ACCOUNT_WRITERS,
  'Mutation.addTeamMember': ACCOUNT_WRITERS,
  'Mutation.removeTeamMember': ACCOUNT_WRITERS,
} as const satisfies Record<string, Grant>;

export type Operation = keyof typeof OPERATIONS;

/** Fields that read as null for a caller whose every role is listed (DESIGN.md §1). */
export const HIDDEN_FIELDS = {
  'Account.potential': ['TECHNICAL', 'DELIVERY'],
} as const satisfies Record<string, readonly Role[]>;

export type HiddenField = keyof typeof HIDDEN_FIELDS;

export function isOperation(name: string): name is Operation {
  return Object.prototype.hasOwnProperty.call(OPERATIONS, name);
}

export function isPublicOperation(name: string): boolean {
  return isOperation(name) && OPERATIONS[name] === PUBLIC;
}

/** A caller may run an operation when any of their roles is granted it. */
export function canRun(roles: readonly Role[], operation: string): boolean {
  if (!isOperation(operation)) return false;
  const grant: Grant = OPERATIONS[operation];
  if (grant === PUBLIC) return true;
  return roles.some((role) => grant.includes(role));
}

/** A field is visible unless every role of the caller is in its hidden list. */
export function canSeeField(roles: readonly Role[], field: string): boolean {
  if (!Object.prototype.hasOwnProperty.call(HIDDEN_FIELDS, field)) return true;
  const hiddenFor: readonly Role[] = HIDDEN_FIELDS[field as HiddenField];
  return roles.some((role) => !hiddenFor.includes(role));
}

export type ResourceAction = 'list' | 'show' | 'create' | 'edit' | 'delete';

/** Console resources and the operation behind each of their actions. */
export const RESOURCE_OPERATIONS: Record<string, Partial<Record<ResourceAction, Operation>>> = {
  accounts: {
    list: 'Query.accounts',
    show: 'Query.account',
    create: 'Mutation.claimAccount',
    edit: 'Mutation.updateAccount',
  },
  // The users page is an admin page; other roles read users only through pickers.
  users: {
    list: 'Mutation.updateUser',
    show: 'Mutation.updateUser',
    create: 'Mutation.createUser',
    edit: 'Mutation.updateUser',
  },
};

export function canAccessResource(
  roles: readonly Role[],
  resource: string,
  action: string,
): boolean {
  const operations = RESOURCE_OPERATIONS[resource];
  const operation = operations?.[action as ResourceAction];
  return operation !== undefined && canRun(roles, operation);
}
