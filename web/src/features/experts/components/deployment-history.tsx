import { Link } from 'react-router';
import { formatDay } from '@/lib/format';
import type { Deployment } from '../api/types';
import { DeploymentStatusBadge } from './badges';

export function deploymentTitle(d: Pick<Deployment, 'id' | 'requestTitle' | 'activityTitle'>): string {
  return d.requestTitle ?? d.activityTitle ?? `Deployment #${d.id}`;
}

/** An expert's deployments, latest first. */
export function DeploymentHistory({ deployments, linkRequests }: { deployments: Deployment[]; linkRequests: boolean }) {
  if (deployments.length === 0) return <p className="muted">No deployments yet.</p>;
  return (
    <table className="data-table">
      <caption className="visually-hidden">Deployments</caption>
      <thead>
        <tr>
          <th scope="col">Mission</th>
          <th scope="col">Dates</th>
          <th scope="col">Status</th>
          <th scope="col">Appraisal (host / ROCB)</th>
        </tr>
      </thead>
      <tbody>
        {deployments.map((d) => (
          <tr key={d.id}>
            <th scope="row">
              {linkRequests && d.requestId ? <Link to={`/expert-requests/${d.requestId}`}>{deploymentTitle(d)}</Link> : deploymentTitle(d)}
            </th>
            <td>
              {formatDay(d.startsOn)} – {formatDay(d.endsOn)}
            </td>
            <td>
              <DeploymentStatusBadge status={d.status} />
            </td>
            <td>{d.hostAppraisal !== null || d.rocbAppraisal !== null ? `${d.hostAppraisal ?? '—'} / ${d.rocbAppraisal ?? '—'}` : <span className="muted">—</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
