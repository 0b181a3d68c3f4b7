import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { RecordHistory } from '@/components/ui/record-history';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { plansQueryOptions } from '@/lib/api/plans';
import { isApiError } from '@/lib/api/problem';
import type { Activity } from '@/lib/api/types';
import { useCan, useCurrentUser } from '@/lib/auth/current-user';
import { activityKeys, activityQueryOptions } from '../api/activities';
import { ActivityStatusBadge } from '../components/activity-status-badge';
import { DeleteActivity } from '../components/delete-activity';
import { EvaluationSection } from '../components/evaluation-section';
import { ExpertsSection } from '../components/experts-section';
import { ParticipationSection } from '../components/participation-section';
import { formatActivityDates } from '../utils/activity-dates';
import { activityTypeLabel, datePrecisionLabels, modeLabel, rocbRoleLabel } from '@/lib/activities/activity-labels';

function positiveInt(value: string | undefined): number | undefined {
  return value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

function BackLink() {
  return (
    <p className="breadcrumb">
      <Link to="/activities">← Activities</Link> · <Link to="/activities/calendar">Calendar</Link>
    </p>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children ?? <span className="muted">Not recorded</span>}</dd>
    </div>
  );
}

function ActivityFacts({ activity }: { activity: Activity }) {
  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading">Details</h2>
      <dl className="details activity-details">
        <Fact term="Type">{activityTypeLabel(activity.type)}</Fact>
        <Fact term="Status">
          <ActivityStatusBadge status={activity.status} />
          {activity.statusReason ? <span className="status-reason"> — {activity.statusReason}</span> : null}
        </Fact>
        <Fact term="Dates">
          {formatActivityDates(activity.startsOn, activity.endsOn, activity.datePrecision)}
          {activity.startsOn && activity.datePrecision !== 'day' ? (
            <span className="muted"> ({datePrecisionLabels[activity.datePrecision].toLowerCase()}: date to be fixed)</span>
          ) : null}
        </Fact>
        <Fact term="Venue">{activity.venue}</Fact>
        <Fact term="Host Member">
          {activity.hostMember ? <Link to={`/admin/members/${activity.hostMember.id}`}>{activity.hostMember.name}</Link> : null}
        </Fact>
        <Fact term="Mode">{modeLabel(activity.mode)}</Fact>
        <Fact term="ROCB role">{rocbRoleLabel(activity.rocbRole)}</Fact>
        <Fact term="Sponsors">{activity.sponsors}</Fact>
        <Fact term="Partners">{activity.partners}</Fact>
        <Fact term="Funding">{activity.funding}</Fact>
        <Fact term="Planned in">{activity.plannedInPlanCode}</Fact>
        <Fact term="Reference">{activity.reference}</Fact>
        <Fact term="Source">{activity.source ? <span className="source-text">{activity.source}</span> : null}</Fact>
        <Fact term="Note">{activity.note ? <span className="pre-line">{activity.note}</span> : null}</Fact>
      </dl>
    </section>
  );
}

function PlanLinks({ activity }: { activity: Activity }) {
  const plans = useQuery(plansQueryOptions());
  const planId = (code: string) => plans.data?.find((p) => p.code === code)?.id;
  return (
    <section aria-labelledby="plan-actions-heading">
      <h2 id="plan-actions-heading">Plan actions and KPIs</h2>
      {activity.actions.length === 0 ? (
        <p className="muted">This activity counts for no plan action.</p>
      ) : (
        <table className="data-table plan-actions-table">
          <caption className="visually-hidden">Plan actions this activity counts for</caption>
          <thead>
            <tr>
              <th scope="col" className="col-plan-code">
                Plan
              </th>
              <th scope="col" className="col-code">
                Action
              </th>
              <th scope="col">What it is</th>
            </tr>
          </thead>
          <tbody>
            {activity.actions.map((a) => (
              <tr key={a.id}>
                <td>{planId(a.planCode) ? <Link to={`/plans/${planId(a.planCode)}`}>{a.planCode}</Link> : a.planCode}</td>
                <th scope="row" className="row-header">
                  {a.pillar}-{a.code}
                </th>
                <td>{a.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {activity.kpis.length > 0 ? (
        <>
          <h3>Linked KPIs</h3>
          <ul className="plain-list kpi-links">
            {activity.kpis.map((k) => (
              <li key={k.id}>
                <Link to={`/plans/${planId(k.planCode) ?? 0}/kpis/${k.id}`}>
                  {k.planCode} {k.pillar}-{k.actionCode}: {k.name}
                </Link>{' '}
                <span className="muted small">({k.targetText})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

export function ActivityRoute() {
  const { id: idParam } = useParams();
  const id = positiveInt(idParam);
  const can = useCan();
  const { data: user } = useCurrentUser();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const flash = (location.state as { flash?: string } | null)?.flash;
  const activity = useQuery({ ...activityQueryOptions(id ?? 0), enabled: id !== undefined });
  useDocumentTitle(activity.data ? activity.data.value.title : 'Activity');
  const canWrite = can('activities:write');

  if (id === undefined || (isApiError(activity.error) && activity.error.status === 404)) {
    return (
      <>
        <BackLink />
        <h1>Activity not found</h1>
        <p>There is no activity with the id “{idParam}”. It may have been deleted.</p>
      </>
    );
  }
  if (activity.error && !activity.data) {
    return (
      <>
        <BackLink />
        <h1>Activity</h1>
        <ProblemAlert error={activity.error} fallbackTitle="The activity could not be loaded" />
      </>
    );
  }
  if (!activity.data) {
    return (
      <>
        <BackLink />
        <h1>Activity</h1>
        <Loading label="Loading the activity…" />
      </>
    );
  }

  const a = activity.data.value;
  return (
    <>
      <BackLink />
      <p className="eyebrow">
        {activityTypeLabel(a.type)}
        {a.reference ? ` · ${a.reference}` : ''}
      </p>
      <div className="page-header">
        <h1>{a.title}</h1>
        {canWrite ? (
          <Link className="button" to={`/activities/${a.id}/edit`}>
            Edit<span className="visually-hidden"> the activity</span>
          </Link>
        ) : null}
      </div>
      <p className="lead">
        {formatActivityDates(a.startsOn, a.endsOn, a.datePrecision)}
        {a.venue ? ` · ${a.venue}` : ''} · <ActivityStatusBadge status={a.status} />
      </p>
      {flash ? (
        <p className="alert alert-success" role="status">
          {flash}
        </p>
      ) : null}

      <ActivityFacts activity={a} />

      <section aria-labelledby="members-heading">
        <h2 id="members-heading">Beneficiary Members</h2>
        {a.members.length === 0 ? (
          <p className="muted">No beneficiary Member is recorded.</p>
        ) : (
          <ul className="badge-list member-list">
            {a.members.map((m) => (
              <li key={m.id}>
                <Link to={`/admin/members/${m.id}`}>{m.name}</Link> <span className="muted small">({m.code})</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="topics-heading">
        <h2 id="topics-heading">Topics</h2>
        {a.topics.length === 0 ? (
          <p className="muted">No topic is recorded.</p>
        ) : (
          <ul className="badge-list topic-list">
            {a.topics.map((t) => (
              <li key={t.id}>
                <Link className="badge" to={`/activities?topicId=${t.id}`} title={`Activities on ${t.name}`}>
                  {t.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <PlanLinks activity={a} />

      <section aria-labelledby="staff-heading">
        <h2 id="staff-heading">ROCB staff</h2>
        {a.staff.length === 0 ? (
          <p className="muted">No staff member is recorded.</p>
        ) : (
          <table className="data-table staff-table">
            <caption className="visually-hidden">ROCB staff and their part</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Part played</th>
              </tr>
            </thead>
            <tbody>
              {a.staff.map((s, i) => (
                <tr key={`${s.name}-${i}`}>
                  <th scope="row" className="row-header">
                    {s.name}
                  </th>
                  <td>{s.role}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <ParticipationSection
        activityId={a.id}
        activityTitle={a.title}
        canWrite={canWrite}
        canReadNames={can('participants:read')}
        ownMemberName={canWrite ? null : user?.memberName}
      />

      <EvaluationSection activityId={a.id} activityTitle={a.title} status={a.status} canWrite={canWrite} />

      <ExpertsSection activityId={a.id} />

      {can('audit:read') ? <RecordHistory entity="Activity" entityId={String(a.id)} label="this activity" /> : null}

      {canWrite ? (
        <DeleteActivity
          activity={a}
          etag={activity.data.etag}
          onReload={() => void queryClient.invalidateQueries({ queryKey: activityKeys.detail(a.id) })}
          onDeleted={() => navigate('/activities', { state: { flash: `Deleted “${a.title}”.` } })}
        />
      ) : null}
    </>
  );
}
