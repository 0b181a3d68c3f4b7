import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import type { CurrentUser } from '@/lib/api/types';
import { useSession } from './session';

/** What a role may do, as GET /api/auth/me lists it. The server enforces each one; the UI only hides what would be refused. */
export type Permission =
  | 'signed-in'
  | 'reference-data:read'
  | 'reference-data:write'
  | 'focal-points:read'
  | 'users:manage'
  | 'api-keys:manage'
  | 'audit:read'
  | 'plans:read'
  | 'plans:write'
  | 'milestones:submit'
  | 'milestones:review'
  | 'activities:read'
  | 'activities:write'
  | 'participants:read'
  | 'needs:read'
  | 'needs:respond'
  | 'needs:manage'
  | 'needs:analyse'
  | 'needs:plan'
  | 'needs:configure';

export const currentUserKey = ['auth', 'me'] as const;

export const currentUserQueryOptions = () =>
  queryOptions({
    queryKey: currentUserKey,
    queryFn: async ({ signal }): Promise<CurrentUser> => (await call(() => apiClient.GET('/api/auth/me', { signal }))).data,
    staleTime: 5 * 60_000,
  });

/** Who is signed in (GET /api/auth/me); idle while there is no session. */
export function useCurrentUser() {
  const session = useSession();
  return useQuery({ ...currentUserQueryOptions(), enabled: session !== null });
}

/** Whether the user's role has the permission. */
export function can(user: Pick<CurrentUser, 'permissions'> | null | undefined, permission: Permission): boolean {
  return Boolean(user?.permissions.includes(permission));
}

/** `can` for the signed-in user: false until /api/auth/me has answered. */
export function useCan(): (permission: Permission) => boolean {
  const { data } = useCurrentUser();
  return (permission) => can(data, permission);
}

/**
 * Whether the user may report milestone updates for a Member: Staff and administrators for any Member,
 * a focal point only for its own (me.memberId). The API refuses the rest anyway.
 */
export function canSubmitFor(user: Pick<CurrentUser, 'permissions' | 'memberId'> | null | undefined, memberId: number): boolean {
  if (!can(user, 'milestones:submit')) return false;
  return user?.memberId == null ? can(user, 'milestones:review') : user.memberId === memberId;
}
