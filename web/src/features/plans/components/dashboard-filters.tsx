import { AsOfField } from '@/components/ui/as-of-field';
import type { KpiStatus, PlanDetail, PlanSummary, SubRegion } from '@/lib/api/types';
import { kpiStatusLabels, kpiStatuses } from '@/lib/plans/status';
import type { DashboardParams } from '../utils/dashboard-params';

interface DashboardFiltersProps {
  plans: readonly PlanSummary[];
  planCode: string;
  plan?: PlanDetail;
  asOf: string;
  params: DashboardParams;
  subRegions?: readonly SubRegion[];
  onChange: (changes: Partial<Record<keyof DashboardParams, string | number | undefined>>) => void;
}

/** Plan, as-of date, pillar, sub-region and status: each change goes into the address. */
export function DashboardFilters({ plans, planCode, plan, asOf, params, subRegions, onChange }: DashboardFiltersProps) {
  const filtered = params.pillar !== undefined || params.subRegionId !== undefined || params.status !== undefined || params.asOf !== undefined;
  return (
    <div className="filters dashboard-filters">
      <div className="field">
        <label htmlFor="dashboard-plan">Plan</label>
        <select id="dashboard-plan" value={planCode} onChange={(event) => onChange({ plan: event.target.value, pillar: undefined })}>
          {plans.some((p) => p.code === planCode) ? null : <option value={planCode}>{planCode || 'Choose a plan'}</option>}
          {plans.map((p) => (
            <option key={p.id} value={p.code}>
              {p.code} — {p.title}
            </option>
          ))}
        </select>
      </div>
      <AsOfField id="dashboard-as-of" value={asOf} onCommit={(value) => onChange({ asOf: value })} />
      <div className="field">
        <label htmlFor="dashboard-pillar">Pillar</label>
        <select id="dashboard-pillar" value={params.pillar ?? ''} onChange={(event) => onChange({ pillar: event.target.value || undefined })}>
          <option value="">All pillars</option>
          {plan?.pillars.map((p) => (
            <option key={p.id} value={p.number}>
              {p.number}. {p.title}
            </option>
          ))}
          {params.pillar !== undefined && plan && !plan.pillars.some((p) => p.number === params.pillar) ? (
            <option value={params.pillar}>Pillar {params.pillar}</option>
          ) : null}
        </select>
      </div>
      {subRegions ? (
        <div className="field">
          <label htmlFor="dashboard-sub-region">Sub-region</label>
          <select
            id="dashboard-sub-region"
            value={params.subRegionId ?? ''}
            onChange={(event) => onChange({ subRegionId: event.target.value || undefined })}
          >
            <option value="">All sub-regions</option>
            {subRegions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.code})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {params.view === 'kpis' ? (
        <div className="field">
          <label htmlFor="dashboard-status">Status</label>
          <select
            id="dashboard-status"
            value={params.status ?? ''}
            onChange={(event) => onChange({ status: (event.target.value || undefined) as KpiStatus | undefined })}
          >
            <option value="">All statuses</option>
            {kpiStatuses.map((s) => (
              <option key={s} value={s}>
                {kpiStatusLabels[s]}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {filtered ? (
        <button
          type="button"
          className="button button-link"
          onClick={() => onChange({ asOf: undefined, pillar: undefined, subRegionId: undefined, status: undefined })}
        >
          Reset filters
        </button>
      ) : null}
    </div>
  );
}
