import { formatDay } from '@/lib/format';
import type { SurveyReply } from '../api/types';
import { actionQuestions, answerOf, answerText } from '../utils/analysis-series';
import { actionsTaken } from '../utils/reply-values';

const actionLabels = Object.fromEntries(actionQuestions.map((q) => [q.key, q.label]));

/** Who replied: the Member, or the label the source gives a reply it could not tie to a Member. */
export function respondentOf(reply: Pick<SurveyReply, 'memberName' | 'memberCode' | 'respondentLabel'>): string {
  if (reply.memberName) return reply.memberCode ? `${reply.memberName} (${reply.memberCode})` : reply.memberName;
  return reply.respondentLabel ?? 'Unknown administration';
}

function AnswerCell({ value }: { value: boolean | null | undefined }) {
  return <td className={`surveys-answer-cell surveys-answer-${answerOf(value)}`}>{answerText(value)}</td>;
}

interface RepliesTableProps {
  caption: string;
  replies: readonly SurveyReply[];
  /** Whether the user may change this reply (a focal point: its own Member's). */
  canEdit: (reply: SurveyReply) => boolean;
  onEdit: (reply: SurveyReply) => void;
  /** The reply being changed, marked in the table. */
  editingId?: number;
}

export function RepliesTable({ caption, replies, canEdit, onEdit, editingId }: RepliesTableProps) {
  const anyEditable = replies.some(canEdit);
  return (
    <div className="table-scroll">
      <table className="data-table surveys-replies-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="col-no">
              No.
            </th>
            <th scope="col">Administration</th>
            <th scope="col">Follow-up actions taken</th>
            <th scope="col">Direct effects</th>
            <th scope="col">Efficiency improved</th>
            <th scope="col">New project</th>
            <th scope="col">Success story</th>
            <th scope="col">Received</th>
            {anyEditable ? (
              <th scope="col" className="col-actions">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {replies.map((reply) => {
            const taken = actionsTaken(reply, actionLabels);
            return (
              <tr key={reply.id} className={reply.id === editingId ? 'editing-row' : undefined}>
                <td className="col-no" title={reply.workshopTitle}>
                  {reply.workshopNumber}
                  <span className="visually-hidden">. {reply.workshopTitle}</span>
                </td>
                <th scope="row" className="row-header">
                  {respondentOf(reply)}
                </th>
                <td>{taken.length ? taken.join(', ') : <span className="muted">None recorded</span>}</td>
                <AnswerCell value={reply.directEffects} />
                <AnswerCell value={reply.efficiencyImproved} />
                <AnswerCell value={reply.newProject} />
                <td className="surveys-story-cell">{reply.successStory ?? <span className="muted">—</span>}</td>
                <td>{reply.receivedOn ? formatDay(reply.receivedOn) : <span className="muted">—</span>}</td>
                {anyEditable ? (
                  <td className="col-actions">
                    {canEdit(reply) ? (
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        aria-label={`Change the reply of ${respondentOf(reply)} about workshop ${reply.workshopNumber}`}
                        onClick={() => onEdit(reply)}
                      >
                        Change
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
