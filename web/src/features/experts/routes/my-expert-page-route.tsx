import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useCurrentUser } from '@/lib/auth/current-user';
import { formatDay } from '@/lib/format';
import { useDeploymentTransition } from '../api/mutations';
import { expertDeploymentsQueryOptions, expertQueryOptions } from '../api/queries';
import type { Deployment } from '../api/types';
import { CalendarDownload } from '../components/calendar-download';
import { DeploymentHistory, deploymentTitle } from '../components/deployment-history';
import { UnavailabilitySection } from '../components/unavailability-section';
import '../experts.css';

function Invitation({ deployment, onDone }: { deployment: Deployment; onDone: (message: string) => void }) {
  const answer = useDeploymentTransition();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const title = deploymentTitle(deployment);
  const send = (accept: boolean) =>
    answer.mutate(
      { deployment, transition: accept ? 'accept' : 'decline', reason },
      { onSuccess: () => onDone(accept ? `You accepted “${title}”.` : `You declined “${title}”.`) },
    );
  return (
    <li className="board-card" aria-label={`Invitation: ${title}`}>
      <h3>{title}</h3>
      <p>
        {formatDay(deployment.startsOn)} – {formatDay(deployment.endsOn)}
      </p>
      <div className="actions">
        <button type="button" className="button button-small" disabled={answer.isPending} onClick={() => send(true)}>
          Accept<span className="visually-hidden"> {title}</span>
        </button>
        <button type="button" className="button button-secondary button-small" aria-expanded={declining} onClick={() => setDeclining((v) => !v)}>
          Decline…<span className="visually-hidden"> {title}</span>
        </button>
      </div>
      {declining ? (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            send(false);
          }}
        >
          <div className="field">
            <label htmlFor={`decline-${deployment.id}`}>Reason (optional)</label>
            <input id={`decline-${deployment.id}`} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <button type="submit" className="button button-danger button-small" disabled={answer.isPending}>
            Decline the invitation
          </button>
        </form>
      ) : null}
      {answer.error ? <ProblemAlert error={answer.error} fallbackTitle="Your answer was not recorded" /> : null}
    </li>
  );
}

/** The Expert role's own page: its invitations to answer, its unavailability and its deployments. */
export function MyExpertPageRoute() {
  useDocumentTitle('My expert page');
  const { data: user } = useCurrentUser();
  const expertId = user?.expertId ?? undefined;
  const expert = useQuery({ ...expertQueryOptions(expertId ?? 0), enabled: expertId !== undefined });
  const deployments = useQuery({ ...expertDeploymentsQueryOptions(expertId ?? 0), enabled: expertId !== undefined });
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash;
  const [message, setMessage] = useState<string>();

  if (!user) return <Loading label="Loading…" />;
  if (expertId === undefined) {
    return (
      <>
        <h1>My expert page</h1>
        <p className="notice" role="note">
          Your account is not linked to an expert profile. {user.permissions.includes('deployments:manage') ? <Link to="/deployments">Open the deployment board</Link> : null}
        </p>
      </>
    );
  }

  const invitations = (deployments.data ?? []).filter((d) => d.status === 'invited');
  return (
    <>
      <div className="page-header">
        <h1>My expert page</h1>
        {expert.data ? (
          <Link className="button" to={`/experts/${expertId}/edit`}>
            Edit my profile
          </Link>
        ) : null}
      </div>
      {expert.data ? <p className="lead">{expert.data.name}</p> : null}
      <p role="status" className={message || flash ? 'alert alert-success' : 'visually-hidden'}>
        {message ?? flash}
      </p>
      <section className="section" aria-labelledby="invitations-title">
        <h2 id="invitations-title">Invitations</h2>
        {deployments.isPending ? (
          <Loading label="Loading your invitations…" />
        ) : deployments.error ? (
          <ProblemAlert error={deployments.error} fallbackTitle="Your invitations could not be loaded" />
        ) : invitations.length === 0 ? (
          <p className="muted">No invitation is waiting for your answer.</p>
        ) : (
          <ul className="invitation-list">
            {invitations.map((d) => (
              <Invitation key={d.id} deployment={d} onDone={setMessage} />
            ))}
          </ul>
        )}
      </section>
      {expert.error ? <ProblemAlert error={expert.error} fallbackTitle="Your profile could not be loaded" /> : null}
      {expert.data ? <UnavailabilitySection expertId={expertId} periods={expert.data.unavailability} canEdit /> : null}
      <section className="section" aria-labelledby="my-deployments-title">
        <h2 id="my-deployments-title">My deployments</h2>
        {deployments.data ? <DeploymentHistory deployments={deployments.data} linkRequests={false} /> : null}
        {expert.data ? <CalendarDownload expertId={expertId} name={expert.data.name} /> : null}
        <p>
          <Link to={`/experts/${expertId}`}>My full profile</Link>
        </p>
      </section>
    </>
  );
}
