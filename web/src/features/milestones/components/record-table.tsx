import type { ReactNode } from 'react';
import { Evidence } from '@/components/ui/evidence';
import { MilestoneStatusBadge } from '@/components/ui/status-icons';
import type { MilestoneStatusRecord } from '@/lib/api/types';
import { formatDateTime, formatDay } from '@/lib/format';

interface RecordTableProps {
  caption: string;
  records: readonly MilestoneStatusRecord[];
  /** Show the Member column (Staff looking across Members). */
  showMember?: boolean;
  /** The buttons for one record. */
  actions?: (record: MilestoneStatusRecord) => ReactNode;
}

/** Milestone status records: milestone, reported status, effective date, evidence, review trail. */
export function RecordTable({ caption, records, showMember, actions }: RecordTableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table records-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="col-record">
              Update
            </th>
            {showMember ? <th scope="col">Member</th> : null}
            <th scope="col">Milestone</th>
            <th scope="col" className="col-status">
              Status
            </th>
            <th scope="col" className="col-date">
              Effective
            </th>
            <th scope="col">Evidence</th>
            <th scope="col" className="col-trail">
              Review
            </th>
            {actions ? (
              <th scope="col" className="col-actions">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {records.map((r) => (
            <tr key={r.id}>
              <th scope="row" className="row-header">
                #{r.id}
              </th>
              {showMember ? (
                <td>
                  {r.memberName} <span className="muted small">({r.memberCode})</span>
                </td>
              ) : null}
              <td>
                <strong>{r.milestoneCode}</strong> <span className="muted small">{r.planCode}</span>
                <br />
                <span className="small">{r.milestoneReference}</span>
              </td>
              <td>
                <MilestoneStatusBadge status={r.status} />
                {r.notApplicableReason ? <p className="small">{r.notApplicableReason}</p> : null}
              </td>
              <td>{formatDay(r.effectiveOn)}</td>
              <td>
                <Evidence text={r.evidence} link={r.evidenceLink} />
                {r.sourceDocument ? <p className="small muted source-text">Source: {r.sourceDocument}</p> : null}
              </td>
              <td className="small">
                {r.state === 'returned' && r.returnReason ? (
                  <p className="return-reason">
                    <strong>Returned:</strong> {r.returnReason}
                  </p>
                ) : null}
                {r.submittedAt ? <p>Submitted {formatDateTime(r.submittedAt)}</p> : <p>Drafted {formatDateTime(r.createdAt)}</p>}
                {r.reviewedAt ? (
                  <p>
                    {r.state === 'returned' ? 'Returned' : 'Reviewed'} {formatDateTime(r.reviewedAt)}
                  </p>
                ) : null}
              </td>
              {actions ? <td className="col-actions">{actions(r)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
