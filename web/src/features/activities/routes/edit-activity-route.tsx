import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isApiError } from '@/lib/api/problem';
import { memberOptionsQueryOptions } from '@/lib/api/reference-data';
import type { Activity, Versioned } from '@/lib/api/types';
import { activityQueryOptions, useUpdateActivity } from '../api/activities';
import { topicsQueryOptions } from '@/lib/api/topics';
import { usePlanActions } from '@/lib/api/plan-actions';
import { ActivityForm } from '../components/activity-form';
import { activityToValues } from '../utils/activity-form-values';

function positiveInt(value: string | undefined): number | undefined {
  return value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

export function EditActivityRoute() {
  const { id: idParam } = useParams();
  const id = positiveInt(idParam);
  // Read afresh: the ETag the edit starts from must be the latest.
  const activity = useQuery({ ...activityQueryOptions(id ?? 0), enabled: id !== undefined, staleTime: 0 });
  const members = useQuery(memberOptionsQueryOptions());
  const planActions = usePlanActions();
  const topics = useQuery(topicsQueryOptions());
  useDocumentTitle(activity.data ? `Edit: ${activity.data.value.title}` : 'Edit activity');

  const back = (
    <p className="breadcrumb">
      <Link to="/activities">← Activities</Link>
      {id ? (
        <>
          {' · '}
          <Link to={`/activities/${id}`}>{activity.data?.value.title ?? 'The activity'}</Link>
        </>
      ) : null}
    </p>
  );

  if (id === undefined || (isApiError(activity.error) && activity.error.status === 404)) {
    return (
      <>
        {back}
        <h1>Activity not found</h1>
        <p>There is no activity with the id “{idParam}”. It may have been deleted.</p>
      </>
    );
  }
  const error = (!activity.data && activity.error) || members.error || planActions.error || topics.error;
  return (
    <>
      {back}
      <h1>Edit activity</h1>
      {error ? (
        <ProblemAlert error={error} fallbackTitle="The form could not be loaded" />
      ) : !activity.data || !activity.isFetchedAfterMount || members.isPending || planActions.isPending || topics.isPending ? (
        <Loading label="Loading the activity…" />
      ) : (
        <ActivityEditor
          key={id}
          loaded={activity.data}
          members={members.data ?? []}
          planActions={planActions.data ?? []}
          topics={topics.data ?? []}
        />
      )}
    </>
  );
}

function ActivityEditor({
  loaded,
  members,
  planActions,
  topics,
}: {
  loaded: Versioned<Activity>;
  members: Parameters<typeof ActivityForm>[0]['members'];
  planActions: Parameters<typeof ActivityForm>[0]['planActions'];
  topics: Parameters<typeof ActivityForm>[0]['topics'];
}) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // The version this edit started from: its ETag goes out as If-Match, so a change made meanwhile by
  // someone else is refused (412) instead of overwritten.
  const [base, setBase] = useState(loaded);
  const [formKey, setFormKey] = useState(0);
  const [message, setMessage] = useState<string>();
  const update = useUpdateActivity();
  const activity = base.value;

  const reload = async () => {
    const fresh = await queryClient.fetchQuery({ ...activityQueryOptions(activity.id), staleTime: 0 });
    update.reset();
    setBase(fresh);
    setFormKey((k) => k + 1);
    setMessage('Reloaded: the form now shows the latest version. Make your changes again.');
  };

  return (
    <>
      <p className="lead">
        {activity.title} · version {activity.version}
      </p>
      {message ? (
        <p className="alert alert-success" role="status">
          {message}
        </p>
      ) : null}
      <ActivityForm
        key={formKey}
        idPrefix="activity"
        initial={activityToValues(activity)}
        members={members}
        planActions={planActions}
        topics={topics}
        knownTopics={activity.topics}
        submitLabel="Save changes"
        pending={update.isPending}
        error={update.error}
        onReload={() => void reload()}
        onSubmit={(input) => {
          setMessage(undefined);
          update.mutate(
            { id: activity.id, etag: base.etag, input },
            { onSuccess: (saved) => navigate(`/activities/${saved.value.id}`, { state: { flash: `Saved “${saved.value.title}”.` } }) },
          );
        }}
        actions={
          <Link className="button button-secondary" to={`/activities/${activity.id}`}>
            Cancel
          </Link>
        }
      />
    </>
  );
}
