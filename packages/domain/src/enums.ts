/**
 * Domain enums shared by the API (GraphQL enums, database checks) and the console
 * (choices, labels). Values are the wire format: never rename one without a migration.
 */

export const ROLES = [
  'SALES',
  'TECHNICAL',
  'DELIVERY',
  'FINANCE',
  'MANAGER',
  'ADMIN',
  'BI',
] as const;
export type Role = (typeof ROLES)[number];

export const USER_STATUSES = ['ACTIVE', 'DEPARTED'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** Plan per concrete customer, never "a market" (seed 002). */
export const ACCOUNT_TIERS = ['GROUP', 'PROVINCE', 'CITY'] as const;
export type AccountTier = (typeof ACCOUNT_TIERS)[number];

export const PURCHASE_MODES = ['CONTINUOUS', 'OCCASIONAL'] as const;
export type PurchaseMode = (typeof PURCHASE_MODES)[number];

export const LIFECYCLE_STAGES = ['EXPLORING', 'GROWING', 'MATURE', 'DECLINING'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export const MATRIX_QUADRANTS = ['CORE', 'GROWTH', 'TRACTION', 'PROBLEM'] as const;
export type MatrixQuadrant = (typeof MATRIX_QUADRANTS)[number];

/** Iron triangle: AR (sales), SR (solution), FR (fulfilment), plus finance and sponsor. */
export const TEAM_ROLES = ['AR', 'SR', 'FR', 'FINANCE', 'SPONSOR'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const CLAIM_MATCHES = ['REGISTRATION_NO', 'NORMALIZED_NAME'] as const;
export type ClaimMatch = (typeof CLAIM_MATCHES)[number];

export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Page size limit of every connection (DESIGN.md §3). */
export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 25;
