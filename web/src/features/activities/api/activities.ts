import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { auditKeys } from '@/lib/api/audit';
import { apiClient } from '@/lib/api/client';
import { planKeys } from '@/lib/api/plans';
import { call, etagOf } from '@/lib/api/problem';
import type { Activity, ActivityInput, Versioned } from '@/lib/api/types';
import type { ActivityListParams } from '../utils/list-params';

export const activityKeys = {
  all: ['activities'] as const,
  lists: () => [...activityKeys.all, 'list'] as const,
  list: (params: ActivityListParams) => [...activityKeys.lists(), params] as const,
  calendar: (from: string, to: string) => [...activityKeys.lists(), 'calendar', from, to] as const,
  detail: (id: number) => [...activityKeys.all, 'detail', id] as const,
  participation: (id: number) => [...activityKeys.all, 'participation', id] as const,
  participants: (id: number) => [...activityKeys.all, 'participants', id] as const,
  evaluation: (id: number) => [...activityKeys.all, 'evaluation', id] as const,
};

export const activitiesQueryOptions = (params: ActivityListParams) =>
  queryOptions({
    queryKey: activityKeys.list(params),
    queryFn: async ({ signal }) =>
      (
        await call(() =>
          apiClient.GET('/api/activities', {
            params: {
              query: {
                page: params.page,
                pageSize: params.pageSize,
                sort: params.sort,
                fiscalYear: params.fiscalYear,
                from: params.from,
                to: params.to,
                type: params.type,
                status: params.status,
                role: params.role,
                topicId: params.topicId,
                memberId: params.memberId,
                subRegionId: params.subRegionId,
                actionId: params.actionId,
                q: params.q,
              },
            },
            signal,
          }),
        )
      ).data,
    placeholderData: keepPreviousData,
  });

/** Activities starting between two days (both included), earliest first: up to 200, the API's page limit. */
export const calendarActivitiesQueryOptions = (from: string, to: string) =>
  queryOptions({
    queryKey: activityKeys.calendar(from, to),
    queryFn: async ({ signal }) =>
      (
        await call(() =>
          apiClient.GET('/api/activities', { params: { query: { from, to, sort: 'startsOn', page: 1, pageSize: 200 } }, signal }),
        )
      ).data,
    placeholderData: keepPreviousData,
  });

/** One activity with its ETag (sent back as If-Match on edit and delete). */
export const activityQueryOptions = (id: number) =>
  queryOptions({
    queryKey: activityKeys.detail(id),
    queryFn: async ({ signal }): Promise<Versioned<Activity>> => {
      const { data, response } = await call(() => apiClient.GET('/api/activities/{id}', { params: { path: { id } }, signal }));
      return { value: data, etag: etagOf(response, data.version) };
    },
  });

/** The iCalendar feed of upcoming (planned and confirmed) activities, as text: it needs the bearer token, so it is fetched here. */
export async function fetchActivitiesCalendar(memberId?: number): Promise<string> {
  return (
    await call(() =>
      apiClient.GET('/api/activities/calendar.ics', {
        params: { query: { memberId } },
        parseAs: 'text',
        headers: { Accept: 'text/calendar' },
      }),
    )
  ).data as string;
}

/** After a change: lists, the calendar, the change history and every KPI that counts activities. */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: activityKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: auditKeys.all }),
      queryClient.invalidateQueries({ queryKey: planKeys.all }),
    ]);
}

export function useCreateActivity() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (input: ActivityInput): Promise<Versioned<Activity>> => {
      const { data, response } = await call(() => apiClient.POST('/api/activities', { body: input }));
      return { value: data, etag: etagOf(response, data.version) };
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(activityKeys.detail(saved.value.id), saved);
      await invalidate();
    },
  });
}

export interface UpdateActivityVariables {
  id: number;
  /** The ETag the edit started from; the API answers 412 if the activity changed since. */
  etag: string;
  input: ActivityInput;
}

export function useUpdateActivity() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ id, etag, input }: UpdateActivityVariables): Promise<Versioned<Activity>> => {
      const { data, response } = await call(() =>
        apiClient.PUT('/api/activities/{id}', { params: { path: { id } }, body: input, headers: { 'If-Match': etag } }),
      );
      return { value: data, etag: etagOf(response, data.version) };
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(activityKeys.detail(saved.value.id), saved);
      await invalidate();
    },
  });
}

export function useDeleteActivity() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ id, etag }: { id: number; etag: string }) => {
      await call(() => apiClient.DELETE('/api/activities/{id}', { params: { path: { id } }, headers: { 'If-Match': etag } }));
    },
    // The detail stays cached while its page is shown (removing it would refetch it: 404).
    onSuccess: () => invalidate(),
  });
}
