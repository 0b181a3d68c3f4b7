import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import {
  deploymentKeys,
  donorRequestKeys,
  expertKeys,
  expertRequestKeys,
  matchingSettingsKeys,
  type DonorRequestListParams,
  type ExpertListParams,
  type ExpertRequestListParams,
} from './keys';
import type { DonorCounts } from '../utils/donor-summary';
import type { Deployment } from './types';

export const expertsQueryOptions = (params: ExpertListParams) =>
  queryOptions({
    queryKey: expertKeys.list(params),
    queryFn: async ({ signal }) =>
      (
        await call(() =>
          apiClient.GET('/api/experts', {
            params: {
              query: {
                page: params.page,
                pageSize: params.pageSize,
                q: params.q || undefined,
                topicId: params.topicId,
                category: params.category || undefined,
                accreditationStatus: params.accreditationStatus || undefined,
                language: params.language || undefined,
                origin: params.origin || undefined,
                inRegion: params.inRegion,
                availableFrom: params.availableFrom || undefined,
                availableTo: params.availableTo || undefined,
              },
            },
            signal,
          }),
        )
      ).data,
    placeholderData: keepPreviousData,
  });

export const expertQueryOptions = (id: number) =>
  queryOptions({
    queryKey: expertKeys.detail(id),
    queryFn: async ({ signal }) => (await call(() => apiClient.GET('/api/experts/{id}', { params: { path: { id } }, signal }))).data,
    staleTime: 0,
  });

export const expertDeploymentsQueryOptions = (id: number) =>
  queryOptions({
    queryKey: expertKeys.deployments(id),
    queryFn: async ({ signal }): Promise<Deployment[]> =>
      (await call(() => apiClient.GET('/api/experts/{id}/deployments', { params: { path: { id } }, signal }))).data,
  });

/** GET /api/experts/{id}/calendar.ics, with the session's token, as text to offer as a file. */
export async function fetchExpertCalendar(id: number): Promise<string> {
  return (await call(() => apiClient.GET('/api/experts/{id}/calendar.ics', { params: { path: { id } }, parseAs: 'text' }))).data;
}

export const expertRequestsQueryOptions = (params: ExpertRequestListParams) =>
  queryOptions({
    queryKey: expertRequestKeys.list(params),
    queryFn: async ({ signal }) =>
      (
        await call(() =>
          apiClient.GET('/api/expert-requests', {
            params: { query: { page: params.page, pageSize: params.pageSize, status: params.status || undefined } },
            signal,
          }),
        )
      ).data,
    placeholderData: keepPreviousData,
  });

export const expertRequestQueryOptions = (id: number) =>
  queryOptions({
    queryKey: expertRequestKeys.detail(id),
    queryFn: async ({ signal }) => (await call(() => apiClient.GET('/api/expert-requests/{id}', { params: { path: { id } }, signal }))).data,
  });

export const expertRequestMatchesQueryOptions = (id: number) =>
  queryOptions({
    queryKey: expertRequestKeys.matches(id),
    queryFn: async ({ signal }) =>
      (
        await call(() =>
          apiClient.GET('/api/expert-requests/{id}/matches', { params: { path: { id }, query: { limit: 20, includeExcluded: true } }, signal }),
        )
      ).data,
  });

/** The board's filters from a drill-down (e.g. the dashboard's deployments by origin); none: every deployment. */
export interface DeploymentFilters {
  status?: string;
  origin?: string;
  startsFrom?: string;
  startsTo?: string;
  subRegionId?: number;
  activityId?: number;
}

/** Every deployment for the board (the API's largest page), optionally filtered. */
export const deploymentBoardQueryOptions = (filters: DeploymentFilters = {}) =>
  queryOptions({
    queryKey: [...deploymentKeys.board(), filters] as const,
    queryFn: async ({ signal }) =>
      (await call(() => apiClient.GET('/api/deployments', { params: { query: { page: 1, pageSize: 200, ...filters } }, signal }))).data,
  });

export const stuckDeploymentsQueryOptions = () =>
  queryOptions({
    queryKey: deploymentKeys.stuck(),
    queryFn: async ({ signal }) =>
      (await call(() => apiClient.GET('/api/deployments/stuck', { params: { query: { olderThanDays: 0 } }, signal }))).data,
  });

export const donorRequestsQueryOptions = (params: DonorRequestListParams) =>
  queryOptions({
    queryKey: donorRequestKeys.list(params),
    queryFn: async ({ signal }) =>
      (
        await call(() =>
          apiClient.GET('/api/donor-requests', {
            params: { query: { page: params.page, pageSize: params.pageSize, outcome: params.outcome || undefined, pending: params.pending } },
            signal,
          }),
        )
      ).data,
    placeholderData: keepPreviousData,
  });

/** The count of donor requests with each answer, over all of them (each from the total of a one-item page). */
export const donorCountsQueryOptions = () =>
  queryOptions({
    queryKey: donorRequestKeys.summary(),
    queryFn: async ({ signal }): Promise<DonorCounts> => {
      const count = async (query: { outcome?: string; pending?: boolean }) =>
        (await call(() => apiClient.GET('/api/donor-requests', { params: { query: { page: 1, pageSize: 1, ...query } }, signal }))).data.total;
      const [released, declined, noAnswer, pending] = await Promise.all([
        count({ outcome: 'released' }),
        count({ outcome: 'declined' }),
        count({ outcome: 'no-answer' }),
        count({ pending: true }),
      ]);
      return { released, declined, noAnswer, pending };
    },
  });

export const matchingSettingsQueryOptions = () =>
  queryOptions({
    queryKey: matchingSettingsKeys.all,
    queryFn: async ({ signal }) => (await call(() => apiClient.GET('/api/matching-settings', { signal }))).data,
    staleTime: 0,
  });

/** The activity a new request is for (its title and dates), read with the generated client. */
export const activityBriefQueryOptions = (id: number) =>
  queryOptions({
    queryKey: [...expertRequestKeys.all, 'activity', id] as const,
    queryFn: async ({ signal }) => (await call(() => apiClient.GET('/api/activities/{id}', { params: { path: { id } }, signal }))).data,
  });
