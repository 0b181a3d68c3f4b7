import { useQueries, useQuery } from '@tanstack/react-query';
import { planQueryOptions, plansQueryOptions } from '@/lib/api/plans';
import type { PlanDetail } from '@/lib/api/types';
import { groupPlanActions, type PlanActions } from '@/lib/plans/plan-actions';

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
