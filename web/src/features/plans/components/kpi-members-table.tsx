import { Link } from 'react-router';
import { Evidence } from '@/components/ui/evidence';
import { MilestoneStatusBadge } from '@/components/ui/status-icons';
import type { MemberEvidence } from '@/lib/api/types';
import { formatDay } from '@/lib/format';

/** Who is missing first, then by name. */
export function missingFirst(members: readonly MemberEvidence[]): MemberEvidence[] {
  return [...members].sort((a, b) => Number(a.counts) - Number(b.counts) || a.memberName.localeCompare(b.memberName));
}

/** The Members behind a member-coverage KPI: their latest approved status, evidence and source. */
export function KpiMembersTable({ members, caption }: { members: readonly MemberEvidence[]; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="data-table members-evidence-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="col-member">
              Member
            </th>
            <th scope="col" className="col-counts">
              Counts
            </th>
            <th scope="col" className="col-status">
              Status
            </th>
            <th scope="col" className="col-date">
              Since
            </th>
            <th scope="col">Evidence</th>
            <th scope="col" className="col-source">
              Source
            </th>
          </tr>
        </thead>
        <tbody>
          {missingFirst(members).map((m) => (
            <tr key={m.memberId} className={m.counts ? undefined : 'row-missing'}>
              <th scope="row" className="row-header">
                <Link to={`/admin/members/${m.memberId}`}>{m.memberName}</Link> <span className="muted small">{m.subRegionCode}</span>
              </th>
              <td>{m.counts ? 'Yes' : <strong>Missing</strong>}</td>
              <td>
                <MilestoneStatusBadge status={m.status} />
              </td>
              <td>{m.effectiveOn ? formatDay(m.effectiveOn) : <span className="muted">—</span>}</td>
              <td>
                <Evidence text={m.evidence} link={m.evidenceLink} />
              </td>
              <td className="small">
                {m.sourceDocument ? <span className="source-text">{m.sourceDocument}</span> : null}
                {m.recordMilestone ? (
                  <span className="muted">
                    {m.sourceDocument ? <br /> : null}
                    Record {m.recordId ? `#${m.recordId} ` : ''}for {m.recordMilestone}
                  </span>
                ) : null}
                {!m.sourceDocument && !m.recordMilestone ? <span className="muted">—</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
