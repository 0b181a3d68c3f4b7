import { isIsoDay } from '@/lib/format';
import type { KpiStatus } from '@/lib/api/types';
import { isKpiStatus } from '@/lib/plans/status';

export type DashboardView = 'kpis' | 'matrix';

/** The dashboard's state, all of it in the address so that a view can be bookmarked and shared. */
export interface DashboardParams {
  /** Plan code, e.g. SAP-2024-2026; none: the current SAP. */
  plan?: string;
  /** yyyy-mm-dd; none: today. */
  asOf?: string;
  pillar?: number;
  subRegionId?: number;
  status?: KpiStatus;
  view: DashboardView;
}

function positiveInt(value: string | null): number | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

export function dashboardParamsFromSearch(search: URLSearchParams): DashboardParams {
  const status = search.get('status');
  const asOf = search.get('asOf');
  return {
    plan: search.get('plan')?.trim() || undefined,
    asOf: isIsoDay(asOf) ? asOf : undefined,
    pillar: positiveInt(search.get('pillar')),
    subRegionId: positiveInt(search.get('subRegionId')),
    status: isKpiStatus(status) ? status : undefined,
    view: search.get('view') === 'matrix' ? 'matrix' : 'kpis',
  };
}

/** The address query for dashboard params (what is left out takes its default). */
export function dashboardSearch(params: Partial<DashboardParams>): string {
  const search = new URLSearchParams();
  if (params.plan) search.set('plan', params.plan);
  if (params.asOf) search.set('asOf', params.asOf);
  if (params.pillar) search.set('pillar', String(params.pillar));
  if (params.subRegionId) search.set('subRegionId', String(params.subRegionId));
  if (params.status) search.set('status', params.status);
  if (params.view === 'matrix') search.set('view', 'matrix');
  const text = search.toString();
  return text ? `?${text}` : '';
}
