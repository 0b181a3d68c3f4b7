import { Link } from 'react-router';
import { formatDay, formatNumber } from '@/lib/format';
import type { DeploymentsByOrigin } from '../api/expert-figures';

const originRows = [
  { origin: 'member', label: 'Member administrations (inside the region)' },
  { origin: 'wco-secretariat', label: 'WCO Secretariat' },
  { origin: 'outside-region', label: 'Administrations outside the region' },
] as const;

/** The board's address for the deployments behind one count: confirmed or completed, of these origins, starting in the period. */
export function deploymentsLink(figure: DeploymentsByOrigin, origins: readonly string[]): string {
  const search = new URLSearchParams({ status: 'confirmed,completed', origin: origins.join(','), startsFrom: figure.from, startsTo: figure.to });
  if (figure.subRegionId) search.set('subRegionId', String(figure.subRegionId));
  return `/deployments?${search.toString()}`;
}

interface Props {
  figure: DeploymentsByOrigin;
  /** Whether the reader may open the deployments (Staff, Administrators): the counts link to them. */
  drillDown: boolean;
}

/**
 * The KPI "deployments by origin (inside or outside the region)" as a card beside the plan's expert KPIs: computed from the
 * confirmed and completed deployments, with each count leading to the deployments behind it.
 */
export function DeploymentsByOriginCard({ figure, drillDown }: Props) {
  const count = (n: number, origins: readonly string[], text: string) =>
    drillDown && n > 0 ? (
      <Link to={deploymentsLink(figure, origins)} aria-label={`${n} deployments: ${text}`}>
        {formatNumber(n)}
      </Link>
    ) : (
      formatNumber(n)
    );
  const byOrigin = new Map(figure.byOrigin.map((o) => [o.origin, o.count]));
  return (
    <article className="kpi-card kpi-figure" aria-labelledby="deployments-by-origin-title">
      <p className="kpi-card-eyebrow">Expert roster · computed figure</p>
      <h4 className="kpi-card-title" id="deployments-by-origin-title">
        Deployments by origin (inside or outside the region)
      </h4>
      {figure.total === 0 ? null : (
        <p className="kpi-value">
          {count(figure.insideRegion, ['member'], 'experts from inside the region')} inside ·{' '}
          {count(figure.outsideRegion, ['wco-secretariat', 'outside-region'], 'experts from outside the region')} outside the region
          {figure.insideShare !== null ? <span className="muted small"> ({formatNumber(figure.insideShare)}% inside)</span> : null}
        </p>
      )}
      <table className="figure-table">
        <caption className="visually-hidden">Confirmed or completed deployments by the experts&apos; origin</caption>
        <tbody>
          {originRows.map((row) => (
            <tr key={row.origin}>
              <th scope="row">{row.label}</th>
              <td className="numeric">{count(byOrigin.get(row.origin) ?? 0, [row.origin], row.label)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">All</th>
            <td className="numeric">{count(figure.total, originRows.map((r) => r.origin), 'all origins')}</td>
          </tr>
        </tbody>
      </table>
      <p className="kpi-period">
        Period: {formatDay(figure.from)} – {formatDay(figure.to)}
      </p>
      <p className="kpi-reason">{figure.explanation}</p>
    </article>
  );
}
