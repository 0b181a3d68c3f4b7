import type { ReactNode } from 'react';
import { NoAccess } from '@/components/ui/no-access';
import { useCan, type Permission } from '@/lib/auth/current-user';

interface RequirePermissionProps {
  permission: Permission;
  /** What the page is, for the "no access" message. */
  what: string;
  children: ReactNode;
}

/** A page for some roles only: others (who typed its address) get a friendly "no access" page. The API refuses them anyway. */
export function RequirePermission({ permission, what, children }: RequirePermissionProps) {
  const can = useCan();
  return can(permission) ? children : <NoAccess what={what} />;
}
