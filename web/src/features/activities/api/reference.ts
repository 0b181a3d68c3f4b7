import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import { planQueryOptions, plansQueryOptions } from '@/lib/api/plans';
import type { components } from '@/lib/api/schema';
import type { PlanDetail } from '@/lib/api/types';
import { groupPlanActions, type PlanActions } from '../utils/plan-actions';

/** Every plan with its pillars and actions (a handful of plans, cached for minutes): for choosing plan actions. */
export function usePlanActions(enabled = true): { data?: PlanActions[]; planIdByCode: Map<string, number>; isPending: boolean; error: unknown } {
  const plans = useQuery({ ...plansQueryOptions(), enabled });
  const details = useQueries({
    queries: (plans.data ?? []).map((p) => ({ ...planQueryOptions(p.id), enabled })),
  });
  const loaded = details.map((d) => d.data).filter((d): d is PlanDetail => d !== undefined);
  const pending = plans.isPending || details.some((d) => d.isPending);
  const error = plans.error ?? details.find((d) => d.error)?.error;
  return {
    data: pending || error ? undefined : groupPlanActions(loaded),
    planIdByCode: new Map((plans.data ?? []).map((p) => [p.code, p.id])),
    isPending: pending,
    error,
  };
}

/** A topic of the taxonomy (GET /api/topics): a WCO instrument or theme, in one of five packages. */
export type Topic = components['schemas']['Topic'];

export const topicKeys = {
  all: ['topics'] as const,
  list: () => [...topicKeys.all, 'list'] as const,
};

/** Every topic (some sixty, unpaged; by package, then name): for the topic filter and picker. Changes rarely. */
export const topicsQueryOptions = () =>
  queryOptions({
    queryKey: topicKeys.list(),
    queryFn: async ({ signal }) => (await call(() => apiClient.GET('/api/topics', { signal }))).data,
    staleTime: 10 * 60_000,
  });
