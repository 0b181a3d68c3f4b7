import { Fragment, useRef, useState } from 'react';
import { Link } from 'react-router';
import { formatDay } from '@/lib/format';
import { useRecordSurveyContact } from '../api/surveys';
import type { SurveyRound } from '../api/types';
import { contactKindLabel, heldText, scopeLabel, surveyStateDescription } from '../utils/survey-labels';
import { ContactForm } from './contact-form';
import { ReplyMeter } from './reply-meter';
import { SurveyStateBadge } from './state-badge';

interface TrackingTableProps {
  round: SurveyRound;
  /** Staff: record what was sent. */
  canManage: boolean;
}

/** Each workshop of the round: when it is asked, what was sent, where it stands and how many replied. */
export function TrackingTable({ round, canManage }: TrackingTableProps) {
  const record = useRecordSurveyContact();
  const [recording, setRecording] = useState<number>();
  const [message, setMessage] = useState<string>();
  const messageRef = useRef<HTMLParagraphElement>(null);
  const workshops = [...round.workshops].sort((a, b) => a.number - b.number);
  const columns = canManage ? 8 : 7;

  const open = (workshopId: number) => {
    record.reset();
    setMessage(undefined);
    setRecording(workshopId);
  };

  return (
    <>
      {message ? (
        <p className="alert alert-success" role="status" tabIndex={-1} ref={messageRef}>
          {message}
        </p>
      ) : null}
      <div className="table-scroll">
        <table className="data-table surveys-tracking-table">
          <caption className="visually-hidden">
            Workshops of {round.code}: schedule, what was sent, state and replies
          </caption>
          <thead>
            <tr>
              <th scope="col" className="col-no">
                No.
              </th>
              <th scope="col">Workshop</th>
              <th scope="col">Scope</th>
              <th scope="col">Send on</th>
              <th scope="col">Replies due</th>
              <th scope="col">State</th>
              <th scope="col" className="col-rate">
                Replies of participating administrations
              </th>
              {canManage ? (
                <th scope="col" className="col-actions">
                  <span className="visually-hidden">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {workshops.map((w) => (
              <Fragment key={w.id}>
                <tr>
                  <td className="col-no">{w.number}</td>
                  <th scope="row" className="row-header">
                    <Link to={`/activities/${w.activityId}`}>{w.activityTitle}</Link>
                    <span className="small muted surveys-block">Held {heldText(w, formatDay)}</span>
                  </th>
                  <td>{scopeLabel(w.scope)}</td>
                  <td className="col-date">{formatDay(w.sendOn)}</td>
                  <td className="col-date">{formatDay(w.dueOn)}</td>
                  <td>
                    <span title={surveyStateDescription(w.state)}>
                      <SurveyStateBadge state={w.state} />
                    </span>
                    <ul className="surveys-contacts small">
                      {w.sentOn ? <li>Sent {formatDay(w.sentOn)}</li> : null}
                      {w.remindedOn ? <li>Reminder {formatDay(w.remindedOn)}</li> : null}
                      {w.feedbackSentOn ? <li>Feedback {formatDay(w.feedbackSentOn)}</li> : null}
                    </ul>
                  </td>
                  <td>
                    <ReplyMeter replies={w.replies} participating={w.participatingAdministrations} percent={undefined} />
                    {w.participatingAdministrationsStated === null ? (
                      <span className="small muted surveys-block">Counted from the participants recorded</span>
                    ) : null}
                  </td>
                  {canManage ? (
                    <td className="col-actions">
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        aria-label={`Record what was sent for workshop ${w.number}`}
                        aria-expanded={recording === w.id}
                        onClick={() => (recording === w.id ? setRecording(undefined) : open(w.id))}
                      >
                        Record…
                      </button>
                    </td>
                  ) : null}
                </tr>
                {canManage && recording === w.id ? (
                  <tr className="editing-row">
                    <td colSpan={columns}>
                      <ContactForm
                        workshop={w}
                        pending={record.isPending}
                        error={record.error}
                        onCancel={() => setRecording(undefined)}
                        onSubmit={(input) =>
                          record.mutate(
                            { roundId: round.id, workshopId: w.id, input },
                            {
                              onSuccess: () => {
                                setRecording(undefined);
                                setMessage(`${contactKindLabel(input.kind)} on ${formatDay(input.on)}: recorded for workshop ${w.number}.`);
                                setTimeout(() => messageRef.current?.focus(), 0);
                              },
                            },
                          )
                        }
                      />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
