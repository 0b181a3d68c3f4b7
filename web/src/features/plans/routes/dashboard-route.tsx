import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { MilestoneLegend } from '@/components/ui/milestone-legend';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import {
  coverageMatrixQueryOptions,
  defaultPlan,
  planProgressQueryOptions,
  planQueryOptions,
  plansQueryOptions,
} from '@/lib/api/plans';
import { subRegionsQueryOptions } from '@/lib/api/reference-data';
import type { CoverageMatrix, KpiProgress, PlanDetail, PlanProgress, SubRegion } from '@/lib/api/types';
import { useCan, useCurrentUser } from '@/lib/auth/current-user';
import { downloadText, safeFileName, toCsv } from '@/lib/csv';
import { formatDay, formatNumber, todayIso } from '@/lib/format';
import { kpiStatusLabel } from '@/lib/plans/status';
import { deploymentsByOriginQueryOptions } from '../api/expert-figures';
import { CoverageMatrixTable } from '../components/coverage-matrix-table';
import { DeploymentsByOriginCard } from '../components/deployments-by-origin-card';
import { DashboardFilters } from '../components/dashboard-filters';
import { KpiBoard } from '../components/kpi-board';
import { StatusSummary } from '../components/status-summary';
import { dashboardParamsFromSearch, type DashboardParams } from '../utils/dashboard-params';
import { kpiCsvRows, matrixCsvRows, type KpiGroup } from '../utils/export-rows';
import { groupMatrixMembers } from '../utils/group-members';
import type { KpiValueContext } from '../utils/kpi-format';

type Changes = Partial<Record<keyof DashboardParams, string | number | undefined>>;

function ViewTabs({ params, search, onChange }: { params: DashboardParams; search: URLSearchParams; onChange: (changes: Changes) => void }) {
  const hrefFor = (view: string) => {
    const next = new URLSearchParams(search);
    if (view === 'kpis') next.delete('view');
    else next.set('view', view);
    const text = next.toString();
    return text ? `?${text}` : '?';
  };
  const views = [
    { view: 'kpis', label: 'KPIs' },
    { view: 'matrix', label: 'Member × milestone matrix' },
  ] as const;
  return (
    <nav className="view-tabs" aria-label="Dashboard views">
      <ul>
        {views.map(({ view, label }) => (
          <li key={view}>
            <a
              href={hrefFor(view)}
              aria-current={params.view === view ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                onChange({ view: view === 'kpis' ? undefined : view });
              }}
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

interface KpiSectionProps {
  plan: PlanDetail;
  progress: PlanProgress;
  params: DashboardParams;
  asOf: string;
  subRegionName?: string;
  fetching: boolean;
  onChange: (changes: Changes) => void;
}

function KpiSection({ plan, progress, params, asOf, subRegionName, fetching, onChange }: KpiSectionProps) {
  const { data: user } = useCurrentUser();
  const figure = useQuery(deploymentsByOriginQueryOptions({ planId: plan.id, asOf, subRegionId: params.subRegionId }));
  const figureCard = figure.data ? (
    <DeploymentsByOriginCard figure={figure.data} drillDown={Boolean(user?.permissions.includes('deployments:manage'))} />
  ) : figure.error ? (
    <ProblemAlert error={figure.error} fallbackTitle="Deployments by origin could not be computed" />
  ) : null;
  const topics = new Map(plan.milestones.map((m) => [m.code, m.topicName ?? undefined]));
  const topicOf = (kpi: KpiProgress) => (kpi.milestoneCode ? topics.get(kpi.milestoneCode) : undefined);
  const context: KpiValueContext = {
    memberCount: progress.memberCount,
    subRegionFiltered: params.subRegionId !== undefined,
    current: progress.startsOn <= progress.asOf && progress.asOf <= progress.endsOn,
  };
  const all = progress.pillars.flatMap((p) => p.kpis);
  const groups: KpiGroup[] = progress.pillars
    .map((p) => ({ number: p.number, title: p.title, kpis: p.kpis.filter((k) => !params.status || k.status === params.status) }))
    .filter((g) => g.kpis.length > 0);
  const shown = groups.reduce((sum, g) => sum + g.kpis.length, 0);
  const detailSearch = new URLSearchParams({ asOf });
  if (params.subRegionId) detailSearch.set('subRegionId', String(params.subRegionId));
  const kpiLink = (kpi: KpiProgress) => `/plans/${plan.id}/kpis/${kpi.kpiId}?${detailSearch.toString()}`;

  const exportCsv = () => {
    const rows = kpiCsvRows(groups, context, topicOf);
    downloadText(safeFileName(`${plan.code}-kpis-${asOf}${params.pillar ? `-pillar-${params.pillar}` : ''}${params.status ? `-${params.status}` : ''}.csv`), toCsv(rows));
  };

  return (
    <section aria-labelledby="kpis-heading" className="results" aria-busy={fetching || undefined}>
      <div className="section-header">
        <h2 id="kpis-heading">KPIs</h2>
        <button type="button" className="button button-secondary" onClick={exportCsv} disabled={shown === 0}>
          Export CSV
        </button>
      </div>
      <p className="dashboard-meta">
        {all.length} KPIs{params.pillar ? ` in pillar ${params.pillar}` : ''} · {progress.memberCount} Members
        {subRegionName ? ` in ${subRegionName}` : ' in the region'} · {formatNumber(progress.elapsed * 100)}% of the plan period
        elapsed on {formatDay(progress.asOf)}
      </p>
      <StatusSummary counts={progress.statusCounts} selected={params.status} onSelect={(status) => onChange({ status })} />
      <p className="notice small" role="note">
        Every figure is computed from the records in Rocb: approved Member milestone statuses, recorded activities and expert
        deployments. A KPI
        whose records fall short of what is expected by now is off track; one that Rocb cannot compute yet says why it has no
        data.
      </p>
      <p className="result-count" role="status">
        Showing {shown} of {all.length} KPIs{params.status ? ` with the status “${kpiStatusLabel(params.status)}”` : ''}.
      </p>
      <KpiBoard
        groups={groups}
        context={context}
        kpiLink={kpiLink}
        topicOf={topicOf}
        emptyMessage={params.status ? `No KPI is “${kpiStatusLabel(params.status)}”.` : 'This plan has no KPIs to show.'}
        extra={figure.data?.pillar && figureCard && !params.status ? { pillar: figure.data.pillar, card: figureCard } : undefined}
      />
      {/* The figure has no status: a status filter hides it. A plan without expert KPIs shows it after its pillars (unless one pillar is chosen). */}
      {figureCard && figure.data?.pillar == null && !params.pillar && !params.status ? (
        <section className="pillar-section" aria-labelledby="expert-figures-heading">
          <h3 id="expert-figures-heading">Expert roster</h3>
          <ul className="kpi-grid">
            <li>{figureCard}</li>
          </ul>
        </section>
      ) : null}
    </section>
  );
}

interface MatrixSectionProps {
  plan: PlanDetail;
  matrix: CoverageMatrix;
  params: DashboardParams;
  subRegions?: readonly SubRegion[];
  fetching: boolean;
}

function MatrixSection({ plan, matrix, params, subRegions, fetching }: MatrixSectionProps) {
  // With a pillar chosen, only the milestones that pillar's actions and KPIs refer to.
  const pillar = params.pillar ? plan.pillars.find((p) => p.number === params.pillar) : undefined;
  const codes = pillar
    ? new Set(pillar.actions.flatMap((a) => [...a.milestoneCodes, ...a.kpis.flatMap((k) => (k.milestoneCode ? [k.milestoneCode] : []))]))
    : undefined;
  const milestones = codes ? matrix.milestones.filter((m) => codes.has(m.code)) : matrix.milestones;
  const groups = groupMatrixMembers(matrix.members, subRegions);
  const memberLink = (memberId: number) => `/members/${memberId}/milestones?planId=${plan.id}&asOf=${matrix.asOf}`;
  const exportCsv = () =>
    downloadText(safeFileName(`${plan.code}-matrix-${matrix.asOf}${params.pillar ? `-pillar-${params.pillar}` : ''}.csv`), toCsv(matrixCsvRows(groups, milestones)));

  return (
    <section aria-labelledby="matrix-heading" className="results" aria-busy={fetching || undefined}>
      <div className="section-header">
        <h2 id="matrix-heading">Member × milestone matrix</h2>
        <button type="button" className="button button-secondary" onClick={exportCsv} disabled={milestones.length === 0 || groups.length === 0}>
          Export CSV
        </button>
      </div>
      <p className="dashboard-meta">
        Each Member&apos;s latest approved status on each milestone of {plan.code}
        {pillar ? ` that pillar ${pillar.number} refers to` : ''}, as of {formatDay(matrix.asOf)}. The last column counts the
        milestones each Member has achieved, the last row the Members that achieved each milestone. A Member&apos;s name opens
        its milestones with the evidence.
      </p>
      <MilestoneLegend />
      {milestones.length === 0 ? (
        <EmptyState title={pillar ? `Pillar ${pillar.number} refers to no milestone.` : 'This plan has no milestones.'} />
      ) : groups.length === 0 ? (
        <EmptyState title="No Member to show." />
      ) : (
        <>
          <CoverageMatrixTable
            caption={`${plan.code}: Members × milestones as of ${formatDay(matrix.asOf)}`}
            groups={groups}
            milestones={milestones}
            memberLink={memberLink}
          />
          <details className="milestone-key">
            <summary>The {milestones.length} milestones in this matrix</summary>
            <dl>
              {milestones.map((m) => (
                <div key={m.id}>
                  <dt>{m.code}</dt>
                  <dd>
                    {m.reference}
                    {m.topicName ? ` — ${m.topicName}` : ''}
                  </dd>
                </div>
              ))}
            </dl>
          </details>
        </>
      )}
    </section>
  );
}

export function DashboardRoute() {
  useDocumentTitle('Dashboard');
  const [search, setSearch] = useSearchParams();
  const params = dashboardParamsFromSearch(search);
  const today = todayIso();
  const asOf = params.asOf ?? today;
  const canWritePlans = useCan()('plans:write');

  const plans = useQuery(plansQueryOptions());
  const subRegions = useQuery(subRegionsQueryOptions());
  const selected = plans.data ? (params.plan ? plans.data.find((p) => p.code === params.plan) : defaultPlan(plans.data, today)) : undefined;
  const planId = selected?.id ?? 0;
  const plan = useQuery({ ...planQueryOptions(planId), enabled: selected !== undefined });
  const progress = useQuery({
    ...planProgressQueryOptions({ planId, asOf, pillar: params.pillar, subRegionId: params.subRegionId }),
    enabled: selected !== undefined && params.view === 'kpis',
  });
  const matrix = useQuery({
    ...coverageMatrixQueryOptions({ planId, asOf, subRegionId: params.subRegionId }),
    enabled: selected !== undefined && params.view === 'matrix',
  });

  const update = (changes: Changes) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, String(value));
    }
    setSearch(next);
  };

  const subRegionName = params.subRegionId ? subRegions.data?.find((s) => s.id === params.subRegionId)?.name : undefined;

  let body;
  if (plans.isPending) body = <Loading label="Loading the plans…" />;
  else if (plans.error) body = <ProblemAlert error={plans.error} fallbackTitle="The plans could not be loaded" />;
  else if (plans.data.length === 0)
    body = (
      <EmptyState title="There are no plans yet.">
        {canWritePlans ? <Link to="/plans/import">Import a plan</Link> : <p>Plans appear here once Staff import them.</p>}
      </EmptyState>
    );
  else if (!selected)
    body = (
      <div className="alert alert-warning" role="alert">
        <p className="alert-title">There is no plan “{params.plan}”.</p>
        <p>Choose a plan above, or see all <Link to="/plans">plans</Link>.</p>
      </div>
    );
  else if (plan.error) body = <ProblemAlert error={plan.error} fallbackTitle="The plan could not be loaded" />;
  else if (params.view === 'kpis') {
    if (progress.error && !progress.data) body = <ProblemAlert error={progress.error} fallbackTitle="The KPIs could not be computed" />;
    else if (!progress.data || !plan.data) body = <Loading label="Computing the KPIs…" />;
    else
      body = (
        <>
          {progress.error ? <ProblemAlert error={progress.error} fallbackTitle="The KPIs could not be refreshed" /> : null}
          <KpiSection
            plan={plan.data}
            progress={progress.data}
            params={params}
            asOf={asOf}
            subRegionName={subRegionName}
            fetching={progress.isFetching}
            onChange={update}
          />
        </>
      );
  } else if (matrix.error && !matrix.data) body = <ProblemAlert error={matrix.error} fallbackTitle="The matrix could not be loaded" />;
  else if (!matrix.data || !plan.data) body = <Loading label="Loading the Member × milestone matrix…" />;
  else
    body = (
      <>
        {matrix.error ? <ProblemAlert error={matrix.error} fallbackTitle="The matrix could not be refreshed" /> : null}
        <MatrixSection plan={plan.data} matrix={matrix.data} params={params} subRegions={subRegions.data} fetching={matrix.isFetching} />
      </>
    );

  return (
    <>
      <h1>Dashboard</h1>
      {selected ? (
        <p className="lead">
          {selected.title} ({formatDay(selected.startsOn)} – {formatDay(selected.endsOn)}) as of {formatDay(asOf)}.{' '}
          <Link to={`/plans/${selected.id}`}>About this plan</Link>
        </p>
      ) : (
        <p className="lead">How the ROCB A/P stands against its plans, computed from the records in Rocb.</p>
      )}
      {plans.data && plans.data.length > 0 ? (
        <DashboardFilters
          plans={plans.data}
          planCode={selected?.code ?? params.plan ?? ''}
          plan={plan.data}
          asOf={asOf}
          params={params}
          subRegions={subRegions.data}
          onChange={update}
        />
      ) : null}
      {plans.data && plans.data.length > 0 ? <ViewTabs params={params} search={search} onChange={update} /> : null}
      {body}
    </>
  );
}
