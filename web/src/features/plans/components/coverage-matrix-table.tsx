import { Link } from 'react-router';
import { MilestoneStatusIcon } from '@/components/ui/status-icons';
import type { MatrixCell, MatrixMilestone } from '@/lib/api/types';
import { formatDay } from '@/lib/format';
import { milestoneStatusLabel } from '@/lib/plans/status';
import { achievedByMember, achievedPerMilestone, type MemberGroup } from '../utils/export-rows';

interface CoverageMatrixTableProps {
  caption: string;
  groups: readonly MemberGroup[];
  milestones: readonly MatrixMilestone[];
  /** The address of a Member's milestone page. */
  memberLink: (memberId: number) => string;
}

function cellTitle(memberName: string, milestone: MatrixMilestone, cell: MatrixCell | undefined): string {
  const head = `${memberName}, ${milestone.code}${milestone.topicName ? ` (${milestone.topicName})` : ''}: ${milestoneStatusLabel(cell?.status)}`;
  if (!cell?.status) return head;
  const since = cell.effectiveOn ? ` since ${formatDay(cell.effectiveOn)}` : '';
  const evidence = cell.evidence ? ` — ${cell.evidence}` : '';
  return `${head}${since}${evidence}`;
}

/** Members (rows, by sub-region) × milestones (columns): each cell the latest approved status, as symbol and text. */
export function CoverageMatrixTable({ caption, groups, milestones, memberLink }: CoverageMatrixTableProps) {
  const perMilestone = achievedPerMilestone(groups, milestones);
  const total = perMilestone.reduce((sum, n) => sum + n, 0);
  const columns = milestones.length + 2;
  return (
    <div className="matrix-scroll" role="region" aria-labelledby="coverage-matrix-caption" tabIndex={0}>
      <table className="matrix-table">
        <caption id="coverage-matrix-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="matrix-corner">
              Member
            </th>
            {milestones.map((m) => (
              <th key={m.id} scope="col" className="matrix-milestone" title={`${m.reference}${m.topicName ? `: ${m.topicName}` : ''}`}>
                <span className="matrix-milestone-code">{m.code}</span>
                {m.topicName ? <span className="visually-hidden"> {m.topicName}</span> : null}
              </th>
            ))}
            <th scope="col" className="matrix-total">
              Achieved
            </th>
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.code}>
            <tr className="matrix-group">
              <th scope="rowgroup" colSpan={columns}>
                {group.name}
              </th>
            </tr>
            {group.members.map((member) => (
              <tr key={member.id}>
                <th scope="row" className="matrix-member">
                  <Link to={memberLink(member.id)}>{member.name}</Link>
                </th>
                {milestones.map((milestone) => {
                  const cell = member.cells.find((c) => c.milestoneId === milestone.id);
                  return (
                    <td key={milestone.id} className="matrix-cell" title={cellTitle(member.name, milestone, cell)}>
                      <MilestoneStatusIcon status={cell?.status} />
                      <span className="visually-hidden">{milestoneStatusLabel(cell?.status)}</span>
                    </td>
                  );
                })}
                <td className="matrix-total">{achievedByMember(member, milestones)}</td>
              </tr>
            ))}
          </tbody>
        ))}
        <tfoot>
          <tr>
            <th scope="row" className="matrix-member">
              Achieved (Members)
            </th>
            {perMilestone.map((count, index) => (
              <td key={milestones[index]?.id ?? index} className="matrix-total">
                {count}
              </td>
            ))}
            <td className="matrix-total">{total}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
