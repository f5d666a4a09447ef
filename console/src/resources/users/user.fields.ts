export const USER_FIELDS = `id name email roles status managerId manager { id name } createdAt updatedAt version`;

export const USER_CREATE_KEYS = ['name', 'email', 'password', 'roles', 'managerId'] as const;
export const USER_UPDATE_KEYS = ['name', 'roles', 'managerId', 'status'] as const;
