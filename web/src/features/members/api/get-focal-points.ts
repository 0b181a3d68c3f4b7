import { queryOptions } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import { memberKeys } from './member-keys';

/** The focal points of a Member (personal data: Staff, Administrators and the Member's own focal points). */
export const focalPointsQueryOptions = (memberId: number) =>
  queryOptions({
    queryKey: [...memberKeys.detail(memberId), 'focal-points'] as const,
    queryFn: async ({ signal }) =>
      (await call(() => apiClient.GET('/api/members/{id}/focal-points', { params: { path: { id: memberId } }, signal }))).data,
  });
