import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { planKeys } from '@/lib/api/plans';
import { call } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

/** The KPI "deployments by origin" (GET /api/plans/{id}/expert-deployments-by-origin). */
export type DeploymentsByOrigin = components['schemas']['ExpertDeploymentsByOrigin'];

export interface DeploymentsByOriginParams {
  planId: number;
  asOf: string;
  subRegionId?: number;
}

export const deploymentsByOriginQueryOptions = (params: DeploymentsByOriginParams) =>
  queryOptions({
    // Under the plan's progress keys, so whatever refreshes the KPIs refreshes this figure too.
    queryKey: [...planKeys.progressAll(), 'deployments-by-origin', params] as const,
    queryFn: async ({ signal }): Promise<DeploymentsByOrigin> =>
      (
        await call(() =>
          apiClient.GET('/api/plans/{id}/expert-deployments-by-origin', {
            params: { path: { id: params.planId }, query: { asOf: params.asOf, subRegionId: params.subRegionId } },
            signal,
          }),
        )
      ).data,
    placeholderData: keepPreviousData,
  });
