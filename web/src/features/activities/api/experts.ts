import { queryOptions } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { activityKeys } from './activities';

/** An activity's expert requests and deployments (GET /api/activities/{id}/experts): the lists for Staff, the counts for anyone else. */
export type ActivityExperts = components['schemas']['ActivityExperts'];

export const activityExpertsQueryOptions = (activityId: number) =>
  queryOptions({
    queryKey: [...activityKeys.detail(activityId), 'experts'] as const,
    queryFn: async ({ signal }): Promise<ActivityExperts> =>
      (await call(() => apiClient.GET('/api/activities/{id}/experts', { params: { path: { id: activityId } }, signal }))).data,
  });
