import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiClient } from './client';
import { call } from './problem';
import type { PlanSummary } from './types';

// Plans, their progress and the Member × milestone matrix: read by the dashboard, the plan pages and the
// milestone updates. Keys are shared so that approving an update refreshes every figure it changes.
export const planKeys = {
  all: ['plans'] as const,
  list: () => [...planKeys.all, 'list'] as const,
  detail: (id: number) => [...planKeys.all, 'detail', id] as const,
  progressAll: () => [...planKeys.all, 'progress'] as const,
  progress: (params: PlanProgressParams) => [...planKeys.progressAll(), params] as const,
  matrixAll: () => [...planKeys.all, 'matrix'] as const,
  matrix: (params: CoverageMatrixParams) => [...planKeys.matrixAll(), params] as const,
  kpiAll: () => [...planKeys.all, 'kpi'] as const,
  kpi: (params: KpiDetailParams) => [...planKeys.kpiAll(), params] as const,
};

export interface PlanProgressParams {
  planId: number;
  asOf?: string;
  pillar?: number;
  subRegionId?: number;
}

export interface CoverageMatrixParams {
  planId: number;
  asOf?: string;
  subRegionId?: number;
  memberId?: number;
}

export interface KpiDetailParams {
  kpiId: number;
  asOf?: string;
  subRegionId?: number;
}

export const plansQueryOptions = () =>
  queryOptions({
    queryKey: planKeys.list(),
    queryFn: async ({ signal }) => (await call(() => apiClient.GET('/api/plans', { signal }))).data,
    staleTime: 5 * 60_000,
  });

export const planQueryOptions = (id: number) =>
  queryOptions({
    queryKey: planKeys.detail(id),
    queryFn: async ({ signal }) => (await call(() => apiClient.GET('/api/plans/{id}', { params: { path: { id } }, signal }))).data,
    staleTime: 5 * 60_000,
  });

export const planProgressQueryOptions = (params: PlanProgressParams) =>
  queryOptions({
    queryKey: planKeys.progress(params),
    queryFn: async ({ signal }) =>
      (
        await call(() =>
          apiClient.GET('/api/plans/{id}/progress', {
            params: { path: { id: params.planId }, query: { asOf: params.asOf, pillar: params.pillar, subRegionId: params.subRegionId } },
            signal,
          }),
        )
      ).data,
    placeholderData: keepPreviousData,
  });

export const coverageMatrixQueryOptions = (params: CoverageMatrixParams) =>
  queryOptions({
    queryKey: planKeys.matrix(params),
    queryFn: async ({ signal }) =>
      (
        await call(() =>
          apiClient.GET('/api/plans/{id}/coverage-matrix', {
            params: { path: { id: params.planId }, query: { asOf: params.asOf, subRegionId: params.subRegionId, memberId: params.memberId } },
            signal,
          }),
        )
      ).data,
    placeholderData: keepPreviousData,
  });

export const kpiDetailQueryOptions = (params: KpiDetailParams) =>
  queryOptions({
    queryKey: planKeys.kpi(params),
    queryFn: async ({ signal }) =>
      (
        await call(() =>
          apiClient.GET('/api/kpis/{id}/progress', {
            params: { path: { id: params.kpiId }, query: { asOf: params.asOf, subRegionId: params.subRegionId } },
            signal,
          }),
        )
      ).data,
    placeholderData: keepPreviousData,
  });

/**
 * The plan to show when none is chosen: the Strategic Action Plan whose period contains the day,
 * else the latest one (by start); with no SAP at all, the latest plan that has KPIs, else the latest plan.
 */
export function defaultPlan(plans: readonly PlanSummary[], today: string): PlanSummary | undefined {
  const latest = (list: readonly PlanSummary[]) =>
    [...list].sort((a, b) => b.startsOn.localeCompare(a.startsOn) || b.id - a.id)[0];
  const saps = plans.filter((p) => p.kind === 'sap');
  return (
    saps.find((p) => p.startsOn <= today && today <= p.endsOn) ??
    latest(saps) ??
    latest(plans.filter((p) => p.kpiCount > 0)) ??
    latest(plans)
  );
}

export const planKindLabels: Record<string, string> = {
  sap: 'Strategic Action Plan',
  awp: 'Annual Work Plan',
  rsp: 'Regional Strategic Plan',
};

export function planKindLabel(kind: string): string {
  return planKindLabels[kind] ?? kind;
}
