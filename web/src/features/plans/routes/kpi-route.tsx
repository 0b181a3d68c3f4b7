import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { AsOfField } from '@/components/ui/as-of-field';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { KpiStatusBadge } from '@/components/ui/status-icons';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { kpiDetailQueryOptions, planQueryOptions } from '@/lib/api/plans';
import { isApiError } from '@/lib/api/problem';
import { subRegionsQueryOptions } from '@/lib/api/reference-data';
import type { KpiDetail, PlanDetail } from '@/lib/api/types';
import { formatDay, formatNumber, isIsoDay, todayIso } from '@/lib/format';
import { useCan } from '@/lib/auth/current-user';
import { KpiMembersTable } from '../components/kpi-members-table';
import { ReportValueForm } from '../components/report-value-form';
import { SubRegionBreakdown } from '../components/sub-region-breakdown';
import { TrendChart } from '../components/trend-chart';
import { comparatorWord, kpiValueText, unitWord } from '../utils/kpi-format';
import { kpiKindLabel, targetPeriodLabels } from '../utils/kpi-kinds';

function positiveInt(value: string | undefined | null): number | undefined {
  return value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

/** A figure with the KPI's unit: "12%", "3.5", "4 activities". */
function formatterFor(unit: string): (value: number) => string {
  if (unit === 'percent') return (v) => `${formatNumber(v)}%`;
  if (unit === 'score' || unit === 'count') return (v) => formatNumber(v);
  return (v) => {
    const word = unitWord(unit, v);
    return word ? `${formatNumber(v)} ${word}` : formatNumber(v);
  };
}

function KpiBody({ detail, plan, asOf, subRegionId }: { detail: KpiDetail; plan?: PlanDetail; asOf: string; subRegionId?: number }) {
  const kpi = detail.progress;
  const memberCoverage = kpi.kind === 'member-coverage';
  const format = formatterFor(kpi.unit);
  const memberCount = detail.members.length || detail.bySubRegion.reduce((sum, s) => sum + s.memberCount, 0);
  const current = plan ? plan.startsOn <= asOf && asOf <= plan.endsOn : true;
  const valueText = kpiValueText(kpi, { memberCount, subRegionFiltered: subRegionId !== undefined, current });
  const missing = detail.members.filter((m) => !m.counts).length;
  const counting = detail.members.length - missing;
  const dashboardSearch = new URLSearchParams({ plan: detail.planCode, asOf });
  if (subRegionId) dashboardSearch.set('subRegionId', String(subRegionId));
  const can = useCan();
  // Values Rocb cannot derive are reported with evidence (the API accepts them for these KPIs only).
  const definition = plan?.pillars.flatMap((p) => p.actions).flatMap((a) => a.kpis).find((k) => k.id === kpi.kpiId);
  const reported = kpi.kind === 'reported-value' || ['reported', 'mra-records'].includes(definition?.computedFrom ?? '');

  return (
    <>
      <section className="kpi-summary" aria-labelledby="kpi-summary-heading">
        <h2 id="kpi-summary-heading" className="visually-hidden">
          Where it stands
        </h2>
        <p className="kpi-summary-status">
          <KpiStatusBadge status={kpi.status} />
        </p>
        <p className="kpi-summary-value">{valueText}</p>
        <dl className="summary-list">
          <div>
            <dt>Value</dt>
            <dd>{kpi.value === null ? 'No data' : format(kpi.value)}</dd>
          </div>
          <div>
            <dt>Target</dt>
            <dd>
              {comparatorWord(kpi.comparator)} {format(kpi.target)} {targetPeriodLabels[kpi.period] ?? kpi.period}
            </dd>
          </div>
          <div>
            <dt>Expected by now</dt>
            <dd>{kpi.expected === null ? '—' : format(kpi.expected)}</dd>
          </div>
          <div>
            <dt>Of the target</dt>
            <dd>{kpi.percentOfTarget === null ? '—' : `${formatNumber(kpi.percentOfTarget)}%`}</dd>
          </div>
          <div>
            <dt>At the plan&apos;s start</dt>
            <dd>{kpi.baseline === null ? '—' : format(kpi.baseline)}</dd>
          </div>
          <div>
            <dt>Period</dt>
            <dd>{kpi.periodLabel}</dd>
          </div>
        </dl>
        <p className="kpi-reason">
          {kpi.value === null ? <strong>Why no data: </strong> : null}
          {kpi.statusReason}
        </p>
        <p className="small">
          <Link to={`/?${dashboardSearch.toString()}`}>Back to the dashboard</Link>
        </p>
      </section>

      <section aria-labelledby="definition-heading">
        <h2 id="definition-heading">Definition</h2>
        <dl className="definition-list">
          <div>
            <dt>KPI</dt>
            <dd>{kpi.name}</dd>
          </div>
          <div>
            <dt>Target as the plan states it</dt>
            <dd>
              {kpi.targetText}, deadline {formatDay(kpi.deadline)}
            </dd>
          </div>
          <div>
            <dt>Kind</dt>
            <dd>{kpiKindLabel(kpi.kind)}</dd>
          </div>
          <div>
            <dt>Formula</dt>
            <dd>{kpi.formula}</dd>
          </div>
          <div>
            <dt>Specific action {kpi.actionCode}</dt>
            <dd>{detail.actionText}</dd>
          </div>
          <div>
            <dt>Milestone</dt>
            <dd>
              {detail.milestoneReference ?? kpi.milestoneCode ?? <span className="muted">None: the KPI names no milestone</span>}
              {detail.topicName ? ` — ${detail.topicName}` : ''}
            </dd>
          </div>
          <div>
            <dt>Source</dt>
            <dd className="source-text">{detail.source ?? <span className="muted">Not recorded</span>}</dd>
          </div>
          {detail.note ? (
            <div>
              <dt>Note</dt>
              <dd>{detail.note}</dd>
            </div>
          ) : null}
        </dl>
        {reported && can('plans:write') ? <ReportValueForm kpiId={kpi.kpiId} /> : null}
      </section>

      <section aria-labelledby="trend-heading">
        <h2 id="trend-heading">Trend by fiscal year</h2>
        {detail.series.length === 0 ? (
          <p className="muted">No fiscal year of the plan has begun by {formatDay(asOf)}.</p>
        ) : (
          <TrendChart
            title={`${kpi.name} (action ${kpi.actionCode}) by fiscal year`}
            description={`Bars show the value at the end of each fiscal year (or on ${formatDay(asOf)} for the current one); dashed lines show the target. ${detail.series
              .map((p) => `${p.label}: ${p.value === null ? 'no data' : format(p.value)}${p.target === null ? '' : `, target ${format(p.target)}`}`)
              .join('; ')}.`}
            points={detail.series.map((p) => ({ label: p.label, value: p.value, target: p.target }))}
            format={format}
          />
        )}
      </section>

      <section aria-labelledby="sub-regions-heading">
        <h2 id="sub-regions-heading">By sub-region</h2>
        {detail.bySubRegion.length === 0 ? (
          <p className="muted">This KPI is not broken down by sub-region.</p>
        ) : (
          <SubRegionBreakdown values={detail.bySubRegion} memberCoverage={memberCoverage} format={format} />
        )}
      </section>

      <section aria-labelledby="members-heading">
        <h2 id="members-heading">Members</h2>
        {detail.members.length === 0 ? (
          <p className="muted">This KPI is not counted from Member records.</p>
        ) : (
          <>
            <p>
              {counting} {counting === 1 ? 'Member counts' : 'Members count'}; {missing} {missing === 1 ? 'is' : 'are'} missing
              {kpi.missingCount !== null && kpi.missingCount !== missing ? ` (${kpi.missingCount} short of the target)` : ''}. Missing
              Members first. Each row shows the latest approved status on {formatDay(asOf)}.
            </p>
            <KpiMembersTable members={detail.members} caption={`Members for ${kpi.name}: status, evidence and source`} />
          </>
        )}
      </section>

      <section aria-labelledby="activities-heading">
        <h2 id="activities-heading">Activities</h2>
        {detail.activities.length === 0 ? (
          <p className="muted">No activity recorded in Rocb counts towards this KPI.</p>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">Activities counted for {kpi.name}</caption>
            <thead>
              <tr>
                <th scope="col">Activity</th>
                <th scope="col">Type</th>
                <th scope="col">Starts</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {detail.activities.map((a) => (
                <tr key={a.activityId}>
                  <th scope="row" className="row-header">
                    {a.title}
                  </th>
                  <td>{a.type}</td>
                  <td>{a.startsOn ? formatDay(a.startsOn) : <span className="muted">—</span>}</td>
                  <td>{a.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

export function KpiRoute() {
  const { planId: planParam, kpiId: kpiParam } = useParams();
  const planId = positiveInt(planParam);
  const kpiId = positiveInt(kpiParam);
  const [search, setSearch] = useSearchParams();
  const asOfParam = search.get('asOf');
  const asOf = isIsoDay(asOfParam) ? asOfParam : todayIso();
  const subRegionId = positiveInt(search.get('subRegionId'));
  const detail = useQuery({ ...kpiDetailQueryOptions({ kpiId: kpiId ?? 0, asOf, subRegionId }), enabled: kpiId !== undefined });
  const plan = useQuery({ ...planQueryOptions(planId ?? 0), enabled: planId !== undefined });
  const subRegions = useQuery(subRegionsQueryOptions());
  const kpi = detail.data?.progress;
  useDocumentTitle(kpi ? `KPI ${kpi.code}: ${kpi.name}` : 'KPI');

  const update = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: false });
  };

  const breadcrumb = (
    <p className="breadcrumb">
      <Link to="/">← Dashboard</Link>
      {planId ? (
        <>
          {' · '}
          <Link to={`/plans/${planId}`}>{plan.data?.code ?? detail.data?.planCode ?? 'Plan'}</Link>
        </>
      ) : null}
    </p>
  );

  if (kpiId === undefined || (isApiError(detail.error) && detail.error.status === 404)) {
    return (
      <>
        {breadcrumb}
        <h1>KPI not found</h1>
        <p>There is no KPI with the id “{kpiParam}”.</p>
      </>
    );
  }

  return (
    <>
      {breadcrumb}
      {kpi ? (
        <>
          <p className="eyebrow">
            {detail.data?.planCode} · Pillar {kpi.pillarNumber} · Action {kpi.actionCode}
            {kpi.code !== kpi.actionCode ? ` · KPI ${kpi.code}` : ''}
          </p>
          <h1>{kpi.name}</h1>
          <p className="lead">{kpi.targetText}</p>
        </>
      ) : (
        <h1>KPI</h1>
      )}
      <div className="filters">
        <AsOfField id="kpi-as-of" value={asOf} onCommit={(value) => update('asOf', value)} />
        {subRegions.data ? (
          <div className="field">
            <label htmlFor="kpi-sub-region">Sub-region</label>
            <select id="kpi-sub-region" value={subRegionId ?? ''} onChange={(event) => update('subRegionId', event.target.value || undefined)}>
              <option value="">All sub-regions</option>
              {subRegions.data.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.code})
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      {detail.error && !detail.data ? (
        <ProblemAlert error={detail.error} fallbackTitle="The KPI could not be loaded" />
      ) : !detail.data ? (
        <Loading label="Computing the KPI…" />
      ) : (
        <div className="results" aria-busy={detail.isFetching || undefined}>
          {detail.error ? <ProblemAlert error={detail.error} fallbackTitle="The KPI could not be refreshed" /> : null}
          <KpiBody detail={detail.data} plan={plan.data} asOf={asOf} subRegionId={subRegionId} />
        </div>
      )}
    </>
  );
}
