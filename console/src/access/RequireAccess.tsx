import type { ReactNode } from 'react';
import { CanAccess, Loading } from 'react-admin';
import { AccessDeniedPage } from './DeadEndPages';

/**
 * The console's own pages (the board, the war room…) behind the same canAccess check as the
 * resource pages: a role that may not use one sees the access page, never a page that fails.
 */
export function RequireAccess({
  resource,
  action,
  children,
}: {
  resource: string;
  action: string;
  children: ReactNode;
}) {
  return (
    <CanAccess
      resource={resource}
      action={action}
      loading={<Loading />}
      accessDenied={<AccessDeniedPage />}
    >
      {children}
    </CanAccess>
  );
}
