import { Badge } from '@/components/ui/badge';
import { formatDateTime } from '@/lib/format';
import type { User } from '@/lib/api/types';

export function isLockedOut(user: Pick<User, 'lockedOutUntil'>, now = Date.now()): boolean {
  return Boolean(user.lockedOutUntil && new Date(user.lockedOutUntil).getTime() > now);
}

/** Active, disabled, or locked out after failed sign-ins (until when). */
export function UserStatus({ user }: { user: Pick<User, 'isDisabled' | 'lockedOutUntil'> }) {
  if (user.isDisabled) return <Badge>Disabled</Badge>;
  if (isLockedOut(user)) return <Badge>Locked until {formatDateTime(user.lockedOutUntil)}</Badge>;
  return <span>Active</span>;
}
