import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import { needsKeys } from './needs';
import type { components } from '@/lib/api/schema';
import type { NeedsAnalysis, WorkPlanDraft, WorkPlanItemInput } from './types';

/** The analysis of a cycle's submitted responses, optionally for one sub-region. */
export const needsAnalysisQueryOptions = (cycleId: number, subRegionId?: number) =>
  queryOptions({
    queryKey: needsKeys.analysis(cycleId, subRegionId),
    queryFn: async ({ signal }): Promise<NeedsAnalysis> =>
      (await call(() => apiClient.GET('/api/needs-cycles/{cycleId}/analysis', { params: { path: { cycleId }, query: { subRegionId } }, signal })))
        .data,
  });

/** The cycle's draft work plan; null when none was generated yet (the API answers 404). */
export const workPlanQueryOptions = (cycleId: number) =>
  queryOptions({
    queryKey: needsKeys.workPlan(cycleId),
    queryFn: async ({ signal }): Promise<WorkPlanDraft | null> => {
      try {
        return (await call(() => apiClient.GET('/api/needs-cycles/{cycleId}/work-plan', { params: { path: { cycleId } }, signal }))).data;
      } catch (error) {
        if (error && typeof error === 'object' && 'status' in error && error.status === 404) return null;
        throw error;
      }
    },
  });

function useSetWorkPlan(cycleId: number) {
  const queryClient = useQueryClient();
  return (draft: WorkPlanDraft) => {
    queryClient.setQueryData(needsKeys.workPlan(cycleId), draft);
    void queryClient.invalidateQueries({ queryKey: needsKeys.workPlan(cycleId) });
  };
}

export function useGenerateWorkPlan(cycleId: number) {
  const set = useSetWorkPlan(cycleId);
  return useMutation({
    mutationFn: async (replace: boolean) =>
      (await call(() => apiClient.POST('/api/needs-cycles/{cycleId}/work-plan', { params: { path: { cycleId }, query: { replace } } }))).data,
    onSuccess: set,
  });
}

export function useAdoptWorkPlan(cycleId: number) {
  const set = useSetWorkPlan(cycleId);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => (await call(() => apiClient.POST('/api/needs-cycles/{cycleId}/work-plan/adopt', { params: { path: { cycleId } } }))).data,
    onSuccess: (draft) => {
      set(draft);
      // Adoption creates planned activities.
      void queryClient.invalidateQueries({ queryKey: ['activities'] });
    },
  });
}

export function useAddWorkPlanItem(cycleId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: WorkPlanItemInput) =>
      (await call(() => apiClient.POST('/api/needs-cycles/{cycleId}/work-plan/items', { params: { path: { cycleId } }, body: input }))).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: needsKeys.workPlan(cycleId) }),
  });
}

export function useUpdateWorkPlanItem(cycleId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ itemId, version, input }: { itemId: number; version: string; input: WorkPlanItemInput }) =>
      (
        await call(() =>
          apiClient.PUT('/api/needs-cycles/{cycleId}/work-plan/items/{itemId}', {
            params: { path: { cycleId, itemId }, header: { 'If-Match': `"${version}"` } },
            body: input,
          }),
        )
      ).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: needsKeys.workPlan(cycleId) }),
  });
}

export function useDeleteWorkPlanItem(cycleId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (itemId: number) =>
      (await call(() => apiClient.DELETE('/api/needs-cycles/{cycleId}/work-plan/items/{itemId}', { params: { path: { cycleId, itemId } } }))).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: needsKeys.workPlan(cycleId) }),
  });
}

export const needsSettingsKey = [...needsKeys.all, 'settings'] as const;

/** The settings of the proposal rules (thresholds), with the ETag to change them. */
export const needsSettingsQueryOptions = () =>
  queryOptions({
    queryKey: needsSettingsKey,
    queryFn: async ({ signal }) => (await call(() => apiClient.GET('/api/needs-analysis/settings', { signal }))).data,
  });

export function useUpdateNeedsSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, input }: { version: string; input: Required<components['schemas']['UpdateNeedsAnalysisSettings']> }) =>
      (await call(() => apiClient.PUT('/api/needs-analysis/settings', { params: { header: { 'If-Match': `"${version}"` } }, body: input }))).data,
    // The analysis and its proposals follow the settings.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: needsKeys.all }),
  });
}
