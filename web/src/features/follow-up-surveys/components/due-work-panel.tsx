import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { AsOfField } from '@/components/ui/as-of-field';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { formatDay } from '@/lib/format';
import { dueSurveyWorkQueryOptions } from '../api/surveys';
import type { DueSurveyWork } from '../api/types';
import { dueTaskGroups } from '../utils/survey-labels';
import { SurveyStateBadge } from './state-badge';

function DueItem({ item }: { item: DueSurveyWork }) {
  return (
    <li className="surveys-due-item">
      <p className="surveys-due-title">
        <Link to={`/surveys/${item.roundId}`}>
          {item.roundCode} · workshop {item.number}
        </Link>
        : {item.activityTitle}
      </p>
      <p className="small">
        <SurveyStateBadge state={item.state} /> · due since {formatDay(item.dueSince)}
      </p>
      <dl className="surveys-due-dates small">
        <div>
          <dt>Send on</dt>
          <dd>{formatDay(item.sendOn)}</dd>
        </div>
        {item.sentOn ? (
          <div>
            <dt>Sent</dt>
            <dd>{formatDay(item.sentOn)}</dd>
          </div>
        ) : null}
        <div>
          <dt>Replies due</dt>
          <dd>{formatDay(item.dueOn)}</dd>
        </div>
        {item.remindedOn ? (
          <div>
            <dt>Reminder sent</dt>
            <dd>{formatDay(item.remindedOn)}</dd>
          </div>
        ) : null}
        <div>
          <dt>Replies</dt>
          <dd>
            {item.replies} of {item.participatingAdministrations}
          </dd>
        </div>
      </dl>
    </li>
  );
}

interface DueWorkPanelProps {
  asOf: string;
  /** A new date (undefined: back to today). */
  onAsOfChange: (asOf: string | undefined) => void;
  /** Staff: they record what was sent. */
  canManage: boolean;
}

/** Questionnaires to send, reminders and feedback due on a date, across every round. */
export function DueWorkPanel({ asOf, onAsOfChange, canManage }: DueWorkPanelProps) {
  const due = useQuery(dueSurveyWorkQueryOptions(asOf));
  return (
    <section className="panel surveys-due" aria-labelledby="due-heading">
      <h2 id="due-heading">What is due</h2>
      <p className="small muted">
        Each workshop is asked six months after it ended; replies are due after the round&apos;s reply window, a reminder goes out in
        its last week, and the feedback to all participants closes it.
        {canManage ? ' Rocb sends no e-mail itself: record what was sent on the round’s Tracking tab.' : ''}
      </p>
      <div className="filters">
        <AsOfField id="due-as-of" value={asOf} onCommit={onAsOfChange} hint="What is due on this date (default: today)" />
      </div>
      {due.isPending ? (
        <Loading label="Looking for what is due…" />
      ) : due.error && !due.data ? (
        <ProblemAlert error={due.error} fallbackTitle="What is due could not be loaded" />
      ) : (
        <div className="results" aria-busy={due.isFetching || undefined}>
          <p className="result-count" role="status">
            {due.data.length === 0
              ? `Nothing is due on ${formatDay(asOf)}.`
              : `${due.data.length} ${due.data.length === 1 ? 'task' : 'tasks'} due on ${formatDay(asOf)}.`}
          </p>
          {due.data.length > 0
            ? dueTaskGroups.map((group) => {
                const items = due.data.filter((d) => d.task === group.task);
                return (
                  <section key={group.task} aria-labelledby={`due-${group.task}`} className="surveys-due-group">
                    <h3 id={`due-${group.task}`}>
                      {group.title} <span className="muted small">({items.length})</span>
                    </h3>
                    {items.length === 0 ? (
                      <p className="muted small">{group.empty}</p>
                    ) : (
                      <ul className="surveys-due-list">
                        {items.map((item) => (
                          <DueItem key={`${item.task}-${item.workshopId}`} item={item} />
                        ))}
                      </ul>
                    )}
                  </section>
                );
              })
            : null}
        </div>
      )}
    </section>
  );
}
