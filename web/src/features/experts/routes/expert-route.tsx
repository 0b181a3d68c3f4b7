import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { NoAccess } from '@/components/ui/no-access';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isApiError, isForbidden } from '@/lib/api/problem';
import { useCurrentUser } from '@/lib/auth/current-user';
import { expertDeploymentsQueryOptions, expertQueryOptions } from '../api/queries';
import { useDeleteExpert } from '../api/mutations';
import { AccreditationTimeline } from '../components/accreditation-timeline';
import { AccreditationsSection } from '../components/accreditations-section';
import { BusyCalendar } from '../components/busy-calendar';
import { CalendarDownload } from '../components/calendar-download';
import { DeleteRecord } from '../components/delete-record';
import { DeploymentHistory } from '../components/deployment-history';
import { UnavailabilitySection } from '../components/unavailability-section';
import '../experts.css';
import { busyPeriods } from '../utils/busy-periods';
import { genderLabels, hasPermission, label, originLabels } from '../utils/labels';
import { homeAdministration } from './experts-route';

function positiveInt(value: string | undefined): number | undefined {
  return value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

export function ExpertRoute() {
  const { id: idParam } = useParams();
  const id = positiveInt(idParam);
  const { data: user } = useCurrentUser();
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash;
  const expert = useQuery({ ...expertQueryOptions(id ?? 0), enabled: id !== undefined });
  const deployments = useQuery({ ...expertDeploymentsQueryOptions(id ?? 0), enabled: id !== undefined });
  const deletion = useDeleteExpert();
  const navigate = useNavigate();
  useDocumentTitle(expert.data?.name ?? 'Expert');

  if (id === undefined || (isApiError(expert.error) && expert.error.status === 404)) {
    return (
      <>
        <h1>Expert not found</h1>
        <p>There is no expert with the id “{idParam}”, or it is not yours to see.</p>
        <p>
          <Link to="/experts">Back to the experts</Link>
        </p>
      </>
    );
  }
  if (isForbidden(expert.error)) return <NoAccess error={expert.error} what="this expert" />;
  if (expert.isPending) return <Loading label="Loading the expert…" />;
  if (!expert.data) return <ProblemAlert error={expert.error} fallbackTitle="The expert could not be loaded" />;

  const e = expert.data;
  const staff = hasPermission(user, 'experts:write');
  const own = user?.expertId === e.id;
  const canEditAvailability = hasPermission(user, 'experts:profile') && (staff || own);
  const periods = busyPeriods(e.unavailability, deployments.data ?? []);
  const firstFuture = periods.find((p) => p.endsOn >= new Date().toISOString().slice(0, 10));

  return (
    <>
      <p className="breadcrumb">
        <Link to="/experts">Experts</Link>
      </p>
      <div className="page-header">
        <h1>{e.name}</h1>
        {staff || (own && hasPermission(user, 'experts:profile')) ? (
          <Link className="button" to={`/experts/${e.id}/edit`}>
            Edit<span className="visually-hidden"> {e.name}</span>
          </Link>
        ) : null}
      </div>
      {flash ? (
        <p className="alert alert-success" role="status">
          {flash}
        </p>
      ) : null}
      <p className="lead">
        {homeAdministration(e)} · {label(originLabels, e.origin)}
      </p>
      <dl className="details">
        <dt>Gender</dt>
        <dd>{label(genderLabels, e.gender) || 'Not recorded'}</dd>
        <dt>Languages</dt>
        <dd>{e.languages.length ? e.languages.join(', ') : '—'}</dd>
        <dt>Topics</dt>
        <dd>{e.topics.length ? e.topics.map((t) => `${t.code} ${t.name} (level ${t.level})`).join('; ') : '—'}</dd>
        <dt>Consent to be contacted</dt>
        <dd>{e.consentToContact ? 'Yes' : 'No: the expert cannot be invited until it is recorded'}</dd>
        {e.email ? (
          <>
            <dt>Email</dt>
            <dd>{e.email}</dd>
          </>
        ) : null}
        {e.phone ? (
          <>
            <dt>Phone</dt>
            <dd>{e.phone}</dd>
          </>
        ) : null}
        {e.notes ? (
          <>
            <dt>Notes</dt>
            <dd>{e.notes}</dd>
          </>
        ) : null}
      </dl>

      <AccreditationsSection expertId={e.id} accreditations={e.accreditations} canEdit={staff} />
      <AccreditationTimeline accreditations={e.accreditations} />
      <UnavailabilitySection expertId={e.id} periods={e.unavailability} canEdit={canEditAvailability} />

      <section className="section" aria-labelledby="deployments-title">
        <h2 id="deployments-title">Deployments</h2>
        {deployments.isPending ? (
          <Loading label="Loading deployments…" />
        ) : deployments.error ? (
          <ProblemAlert error={deployments.error} fallbackTitle="The deployments could not be loaded" />
        ) : (
          <DeploymentHistory deployments={deployments.data} linkRequests={hasPermission(user, 'deployments:manage')} />
        )}
      </section>

      <section className="section" aria-labelledby="calendar-title">
        <h2 id="calendar-title">Calendar</h2>
        <CalendarDownload expertId={e.id} name={e.name} />
        <BusyCalendar
          key={firstFuture?.startsOn ?? 'now'}
          periods={periods}
          initial={firstFuture ? new Date(`${firstFuture.startsOn}T00:00:00`) : undefined}
        />
      </section>

      {staff ? (
        <DeleteRecord
          noun="expert"
          question={`Remove ${e.name} from the roster, with the topics, accreditations and unavailability? An expert with deployments is kept.`}
          pending={deletion.isPending}
          error={deletion.error}
          onCancel={() => deletion.reset()}
          onDelete={() =>
            deletion.mutate({ id: e.id, version: e.version }, { onSuccess: () => void navigate('/experts', { state: { flash: `${e.name} was removed from the roster.` } }) })
          }
        />
      ) : null}
    </>
  );
}
