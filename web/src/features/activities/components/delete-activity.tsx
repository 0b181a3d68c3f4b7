import { useState } from 'react';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isApiError } from '@/lib/api/problem';
import type { Activity } from '@/lib/api/types';
import { useDeleteActivity } from '../api/activities';

interface DeleteActivityProps {
  activity: Activity;
  etag: string;
  onDeleted: () => void;
  onReload: () => void;
}

/** Delete with an inline confirmation; If-Match guards against deleting a version one has not seen. */
export function DeleteActivity({ activity, etag, onDeleted, onReload }: DeleteActivityProps) {
  const [confirming, setConfirming] = useState(false);
  const deletion = useDeleteActivity();
  const stale = isApiError(deletion.error) && deletion.error.status === 412;

  return (
    <section className="danger-zone" aria-labelledby="delete-activity-heading">
      <h2 id="delete-activity-heading">Delete this activity</h2>
      {stale ? (
        <div className="alert alert-warning" role="alert">
          <p className="alert-title">Someone else changed this activity; reload to see their version</p>
          <p>It was not deleted.</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              deletion.reset();
              setConfirming(false);
              onReload();
            }}
          >
            Reload
          </button>
        </div>
      ) : deletion.error ? (
        <ProblemAlert error={deletion.error} fallbackTitle="The activity was not deleted" />
      ) : null}
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby="delete-activity-question">
          <p id="delete-activity-question">
            Delete “{activity.title}” with its participants and evaluations? This cannot be undone.
          </p>
          <button
            type="button"
            className="button button-danger"
            disabled={deletion.isPending}
            onClick={() => deletion.mutate({ id: activity.id, etag }, { onSuccess: onDeleted })}
          >
            {deletion.isPending ? 'Deleting…' : 'Yes, delete the activity'}
          </button>{' '}
          <button
            type="button"
            className="button button-secondary"
            autoFocus
            disabled={deletion.isPending}
            onClick={() => {
              setConfirming(false);
              deletion.reset();
            }}
          >
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
          Delete activity
        </button>
      )}
    </section>
  );
}
