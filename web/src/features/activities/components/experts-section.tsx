import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { formatDay } from '@/lib/format';
import { activityExpertsQueryOptions, type ActivityExperts } from '../api/experts';

const statusLabels: Record<string, string> = {
  proposed: 'Proposed',
  invited: 'Invited',
  accepted: 'Accepted',
  declined: 'Declined',
  released: 'Released',
  confirmed: 'Confirmed',
  completed: 'Completed',
  cancelled: 'Cancelled',
  open: 'Open',
  staffed: 'Staffed',
};
const statusLabel = (status: string) => statusLabels[status] ?? status;

function Counts({ data }: { data: ActivityExperts }) {
  const byStatus = data.byStatus.filter((s) => s.count > 0);
  return (
    <p>
      {data.requestCount === 0 ? 'No expert request' : `${data.requestCount} expert ${data.requestCount === 1 ? 'request' : 'requests'}`}
      {data.requestCount > 0 ? ` for ${data.expertsNeeded} ${data.expertsNeeded === 1 ? 'expert' : 'experts'}` : ''};{' '}
      {data.deploymentCount === 0
        ? 'no deployment.'
        : `${data.deploymentCount} ${data.deploymentCount === 1 ? 'deployment' : 'deployments'} (${byStatus
            .map((s) => `${s.count} ${statusLabel(s.status).toLowerCase()}`)
            .join(', ')}).`}
    </p>
  );
}

/**
 * The activity's expert requests and deployments, with links to them. Staff see each one; others (who may not see who was asked or
 * declined) see how many there are.
 */
export function ExpertsSection({ activityId }: { activityId: number }) {
  const experts = useQuery(activityExpertsQueryOptions(activityId));
  const data = experts.data;
  return (
    <section aria-labelledby="experts-heading">
      <h2 id="experts-heading">Experts</h2>
      {experts.isPending ? (
        <Loading label="Loading the experts…" />
      ) : !data ? (
        <ProblemAlert error={experts.error} fallbackTitle="The experts could not be loaded" />
      ) : (
        <>
          <Counts data={data} />
          {data.detailed && data.requests.length > 0 ? (
            <table className="data-table">
              <caption>Expert requests</caption>
              <thead>
                <tr>
                  <th scope="col">Request</th>
                  <th scope="col">Dates</th>
                  <th scope="col">Experts confirmed</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {data.requests.map((r) => (
                  <tr key={r.id}>
                    <th scope="row" className="row-header">
                      <Link to={`/expert-requests/${r.id}`}>{r.title}</Link>
                    </th>
                    <td>
                      {formatDay(r.startsOn)} – {formatDay(r.endsOn)}
                    </td>
                    <td>
                      {r.confirmed} of {r.expertsNeeded}
                    </td>
                    <td>{statusLabel(r.status)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {data.detailed && data.deployments.length > 0 ? (
            <table className="data-table">
              <caption>Deployments</caption>
              <thead>
                <tr>
                  <th scope="col">Expert</th>
                  <th scope="col">Dates</th>
                  <th scope="col">Status</th>
                  <th scope="col">Request</th>
                </tr>
              </thead>
              <tbody>
                {data.deployments.map((d) => (
                  <tr key={d.id}>
                    <th scope="row" className="row-header">
                      <Link to={`/experts/${d.expertId}`}>{d.expertName}</Link>
                    </th>
                    <td>
                      {formatDay(d.startsOn)} – {formatDay(d.endsOn)}
                    </td>
                    <td>{statusLabel(d.status)}</td>
                    <td>{d.requestId ? <Link to={`/expert-requests/${d.requestId}`}>{d.requestTitle ?? `Request #${d.requestId}`}</Link> : <span className="muted">—</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {!data.detailed && data.deploymentCount + data.requestCount > 0 ? (
            <p className="muted small">Who was asked and deployed is shown to ROCB Staff only.</p>
          ) : null}
          {/* Detailed: the caller manages deployments (Staff, Administrators). */}
          {data.detailed ? (
            <p>
              <Link to={`/expert-requests/new?activityId=${activityId}`}>Request experts for this activity</Link>
              {data.deploymentCount > 0 ? (
                <>
                  {' · '}
                  <Link to={`/deployments?activityId=${activityId}`}>Open its deployments on the board</Link>
                </>
              ) : null}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
