import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { planKeys } from '@/lib/api/plans';
import { call } from '@/lib/api/problem';
import type { Evaluation, EvaluationResponseInput, EvaluationSummaryInput } from '@/lib/api/types';
import { activityKeys } from './activities';

export const evaluationQueryOptions = (activityId: number) =>
  queryOptions({
    queryKey: activityKeys.evaluation(activityId),
    queryFn: async ({ signal }) =>
      (await call(() => apiClient.GET('/api/activities/{id}/evaluation', { params: { path: { id: activityId } }, signal }))).data,
  });

function useOnEvaluation(activityId: number) {
  const queryClient = useQueryClient();
  return async (evaluation: Evaluation) => {
    queryClient.setQueryData(activityKeys.evaluation(activityId), evaluation);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: activityKeys.detail(activityId) }),
      queryClient.invalidateQueries({ queryKey: planKeys.all }),
    ]);
  };
}

export function useAddEvaluationResponses(activityId: number) {
  const done = useOnEvaluation(activityId);
  return useMutation({
    mutationFn: async (responses: EvaluationResponseInput[]) =>
      (
        await call(() =>
          apiClient.POST('/api/activities/{id}/evaluation/responses', { params: { path: { id: activityId } }, body: { responses } }),
        )
      ).data,
    onSuccess: done,
  });
}

export function useSetEvaluationSummary(activityId: number) {
  const done = useOnEvaluation(activityId);
  return useMutation({
    mutationFn: async (summary: EvaluationSummaryInput) =>
      (await call(() => apiClient.PUT('/api/activities/{id}/evaluation/summary', { params: { path: { id: activityId } }, body: summary })))
        .data,
    onSuccess: done,
  });
}
