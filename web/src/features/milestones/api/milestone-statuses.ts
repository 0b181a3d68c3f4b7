import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { planKeys } from '@/lib/api/plans';
import { call, etagOf } from '@/lib/api/problem';
import type { MilestoneStatusInput, MilestoneStatusRecord, ReviewDecision, Versioned } from '@/lib/api/types';

export interface MilestoneStatusListParams {
  memberId?: number;
  planId?: number;
  milestoneId?: number;
  state?: string;
}

export const milestoneStatusKeys = {
  all: ['milestone-statuses'] as const,
  lists: () => [...milestoneStatusKeys.all, 'list'] as const,
  list: (params: MilestoneStatusListParams) => [...milestoneStatusKeys.lists(), params] as const,
  queue: () => [...milestoneStatusKeys.all, 'queue'] as const,
  detail: (id: number) => [...milestoneStatusKeys.all, 'detail', id] as const,
};

/** Up to 200 records (the API's page limit), newest first. */
export const milestoneStatusesQueryOptions = (params: MilestoneStatusListParams) =>
  queryOptions({
    queryKey: milestoneStatusKeys.list(params),
    queryFn: async ({ signal }) => {
      const page = (
        await call(() =>
          apiClient.GET('/api/milestone-statuses', {
            params: { query: { ...params, page: 1, pageSize: 200 } },
            signal,
          }),
        )
      ).data;
      return { ...page, items: [...page.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id) };
    },
    placeholderData: keepPreviousData,
  });

/** What waits for review (Staff) or for a correction (focal point), oldest first. */
export const reviewQueueQueryOptions = () =>
  queryOptions({
    queryKey: milestoneStatusKeys.queue(),
    queryFn: async ({ signal }) => {
      const items = (await call(() => apiClient.GET('/api/milestone-statuses/queue', { signal }))).data;
      return [...items].sort((a, b) => a.since.localeCompare(b.since) || a.record.id - b.record.id);
    },
  });

/** One record with its ETag, read fresh when an edit starts. */
export async function getMilestoneStatus(id: number): Promise<Versioned<MilestoneStatusRecord>> {
  const { data, response } = await call(() => apiClient.GET('/api/milestone-statuses/{id}', { params: { path: { id } } }));
  return { value: data, etag: etagOf(response, data.version) };
}

/** After any change: the lists, the queue, and every figure computed from approved statuses. */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: milestoneStatusKeys.all }),
      queryClient.invalidateQueries({ queryKey: planKeys.progressAll() }),
      queryClient.invalidateQueries({ queryKey: planKeys.matrixAll() }),
      queryClient.invalidateQueries({ queryKey: planKeys.kpiAll() }),
    ]);
}

export function useCreateMilestoneStatus() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (input: MilestoneStatusInput) =>
      (await call(() => apiClient.POST('/api/milestone-statuses', { body: input }))).data,
    onSuccess: () => invalidate(),
  });
}

export interface UpdateMilestoneStatusVariables {
  id: number;
  /** The ETag the edit started from; the API answers 412 if the record changed since. */
  etag: string;
  input: MilestoneStatusInput;
}

export function useUpdateMilestoneStatus() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ id, etag, input }: UpdateMilestoneStatusVariables) =>
      (
        await call(() =>
          apiClient.PUT('/api/milestone-statuses/{id}', { params: { path: { id } }, body: input, headers: { 'If-Match': etag } }),
        )
      ).data,
    onSuccess: () => invalidate(),
  });
}

export function useSubmitMilestoneStatus() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (id: number) =>
      (await call(() => apiClient.POST('/api/milestone-statuses/{id}/submit', { params: { path: { id } } }))).data,
    onSuccess: () => invalidate(),
  });
}

export interface ReviewVariables {
  id: number;
  decision: ReviewDecision;
  reason?: string;
}

export function useReviewMilestoneStatus() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ id, decision, reason }: ReviewVariables) =>
      (
        await call(() =>
          apiClient.POST('/api/milestone-statuses/{id}/review', { params: { path: { id } }, body: { decision, reason: reason ?? null } }),
        )
      ).data,
    onSuccess: () => invalidate(),
  });
}

/** Approves several submitted updates: all of them, or none (a 409 says which one stood in the way). */
export function useApproveMilestoneStatuses() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (ids: number[]) => (await call(() => apiClient.POST('/api/milestone-statuses/approve', { body: { ids } }))).data,
    onSuccess: () => invalidate(),
  });
}

export function useReopenMilestoneStatus() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (id: number) =>
      (await call(() => apiClient.POST('/api/milestone-statuses/{id}/reopen', { params: { path: { id } } }))).data,
    onSuccess: () => invalidate(),
  });
}
