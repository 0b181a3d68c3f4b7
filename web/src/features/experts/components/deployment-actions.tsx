import { useState, type FormEvent } from 'react';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDeploymentTransition, type Transition } from '../api/mutations';
import type { Deployment } from '../api/types';
import { staffActions } from '../utils/board';

const actionLabels: Record<Transition, string> = {
  invite: 'Invite',
  accept: 'Accept',
  decline: 'Decline',
  release: 'Release',
  confirm: 'Confirm',
  complete: 'Complete',
  cancel: 'Cancel deployment',
};

const doneMessages: Record<Transition, string> = {
  invite: 'invited',
  accept: 'accepted',
  decline: 'declined',
  release: 'released by the home administration',
  confirm: 'confirmed',
  complete: 'completed',
  cancel: 'cancelled',
};

function Rating({ id, label }: { id: string; label: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={id.split('-').pop()} defaultValue="">
        <option value="">Not given</option>
        {[1, 2, 3, 4, 5].map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The workflow moves Staff may make on a deployment in its state; the API's refusal (e.g. a 409 naming an overlapping deployment) shows here. */
export function DeploymentActions({ deployment, onDone }: { deployment: Deployment; onDone?: (message: string) => void }) {
  const move = useDeploymentTransition();
  const [form, setForm] = useState<'complete' | 'cancel'>();
  const actions = staffActions(deployment.status);
  const who = `${deployment.expertName} (#${deployment.id})`;
  const run = (transition: Transition, extra: { reason?: string; appraisal?: Parameters<typeof move.mutate>[0]['appraisal'] } = {}) =>
    move.mutate(
      { deployment, transition, ...extra },
      {
        onSuccess: () => {
          setForm(undefined);
          onDone?.(`Deployment #${deployment.id} of ${deployment.expertName}: ${doneMessages[transition]}.`);
        },
      },
    );

  const submitComplete = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const rating = (k: string) => (data.get(k) ? Number(data.get(k)) : null);
    run('complete', {
      appraisal: { hostAppraisal: rating('host'), rocbAppraisal: rating('rocb'), reportReceived: data.get('report') === 'on', note: String(data.get('note') ?? '').trim() || null },
    });
  };
  const submitCancel = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    run('cancel', { reason: String(new FormData(event.currentTarget).get('reason') ?? '').trim() });
  };

  if (actions.length === 0) return null;
  const prefix = `deployment-${deployment.id}`;
  return (
    <div className="deployment-actions">
      <div className="actions">
        {actions.map((a) =>
          a === 'complete' || a === 'cancel' ? (
            <button key={a} type="button" className="button button-secondary button-small" aria-expanded={form === a} onClick={() => setForm(form === a ? undefined : a)}>
              {actionLabels[a]}…<span className="visually-hidden"> {who}</span>
            </button>
          ) : (
            <button key={a} type="button" className="button button-small" disabled={move.isPending} onClick={() => run(a)}>
              {actionLabels[a]}
              <span className="visually-hidden"> {who}</span>
            </button>
          ),
        )}
      </div>
      {form === 'complete' ? (
        <form className="inline-form" onSubmit={submitComplete} aria-label={`Complete ${who}`}>
          <Rating id={`${prefix}-host`} label="Host appraisal (1-5)" />
          <Rating id={`${prefix}-rocb`} label="ROCB appraisal (1-5)" />
          <div className="field field-checkbox">
            <input id={`${prefix}-report`} name="report" type="checkbox" />
            <label htmlFor={`${prefix}-report`}>Report received</label>
          </div>
          <div className="field">
            <label htmlFor={`${prefix}-note`}>Note</label>
            <input id={`${prefix}-note`} name="note" />
          </div>
          <button type="submit" className="button button-small" disabled={move.isPending}>
            Complete deployment
          </button>
        </form>
      ) : null}
      {form === 'cancel' ? (
        <form className="inline-form" onSubmit={submitCancel} aria-label={`Cancel ${who}`}>
          <div className="field">
            <label htmlFor={`${prefix}-reason`}>Reason for cancelling</label>
            <input id={`${prefix}-reason`} name="reason" required />
          </div>
          <button type="submit" className="button button-danger button-small" disabled={move.isPending}>
            Cancel the deployment
          </button>
        </form>
      ) : null}
      {move.error ? <ProblemAlert error={move.error} fallbackTitle="The deployment was not changed" /> : null}
    </div>
  );
}
