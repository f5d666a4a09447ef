import { useGetIdentity } from 'react-admin';

/**
 * The people a caller may act for in a manager's duties (targets, handovers): ADMIN anyone,
 * a MANAGER themself and everyone below them — the same rule the API applies.
 */
export function useReportingLineFilter(): Record<string, string> {
  const { identity } = useGetIdentity();
  const roles = (identity?.roles as string[] | undefined) ?? [];
  if (!identity || roles.includes('ADMIN')) return { status: 'ACTIVE' };
  return { status: 'ACTIVE', teamOf: String(identity.id) };
}
