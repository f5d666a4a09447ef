export const USER_FIELDS = `id name email roles status managerId manager { id name } createdAt updatedAt version`;

export const USER_CREATE_KEYS = ['name', 'email', 'password', 'roles', 'managerId'] as const;
export const USER_UPDATE_KEYS = ['name', 'roles', 'managerId', 'status'] as const;

export const AUDIT_EVENT_FIELDS = `id actorId actorKind action entity entityId before after requestId at actor { id name }`;

export const API_TOKEN_FIELDS = `id name prefix createdById createdAt expiresAt lastUsedAt revokedAt createdBy { id name }`;
