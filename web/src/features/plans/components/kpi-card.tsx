import { Link } from 'react-router';
import { KpiStatusBadge } from '@/components/ui/status-icons';
import type { KpiProgress } from '@/lib/api/types';
import { formatDay } from '@/lib/format';
import { expectedPercent, kpiValueText, percentOfTarget, targetText, type KpiValueContext } from '../utils/kpi-format';
import { ProgressBar } from './progress-bar';

export interface KpiCardProps {
  kpi: KpiProgress;
  context: KpiValueContext;
  /** The address of the KPI's detail page. */
  to: string;
  /** The topic of the KPI's milestone, e.g. "Risk Management". */
  topic?: string;
}

/** One KPI on the dashboard: value against target, progress bar with "expected by now", status in text and icon. */
export function KpiCard({ kpi, context, to, topic }: KpiCardProps) {
  const titleId = `kpi-${kpi.kpiId}-title`;
  const percent = percentOfTarget(kpi);
  const noData = kpi.value === null;
  return (
    <article className={`kpi-card kpi-${kpi.status}`} aria-labelledby={titleId}>
      <p className="kpi-card-eyebrow">
        Action {kpi.actionCode}
        {kpi.code !== kpi.actionCode ? ` · KPI ${kpi.code}` : ''}
        {topic ? ` · ${topic}` : ''}
      </p>
      <h4 className="kpi-card-title" id={titleId}>
        <Link to={to}>
          <span className="visually-hidden">
            Action {kpi.actionCode}
            {kpi.code !== kpi.actionCode ? `, KPI ${kpi.code}` : ''}:
          </span>{' '}
          {kpi.name}
        </Link>
      </h4>
      <p className="kpi-card-status">
        <span className="visually-hidden">Status: </span>
        <KpiStatusBadge status={kpi.status} />
      </p>
      {noData ? null : <p className="kpi-value">{kpiValueText(kpi, context)}</p>}
      <p className="kpi-target">
        Target: {targetText(kpi, context)}
        {kpi.period === 'by-deadline' && kpi.deadline ? `, by ${formatDay(kpi.deadline)}` : ''}
        {kpi.period === 'per-fiscal-year' ? ', each fiscal year' : ''}
        {kpi.period === 'per-quarter' ? ', each quarter' : ''}
      </p>
      {percent !== null ? (
        <ProgressBar percent={percent} expectedPercent={expectedPercent(kpi)} expected={kpi.expected} status={kpi.status} />
      ) : null}
      <p className="kpi-period">Period: {kpi.periodLabel}</p>
      <p className="kpi-reason">
        {noData ? <strong>Why no data: </strong> : null}
        {kpi.statusReason}
      </p>
    </article>
  );
}
