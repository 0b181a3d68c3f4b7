import { Link } from 'react-router';
import type { Member, SubRegion } from '@/lib/api/types';
import { groupBySubRegion } from './group-by-sub-region';
import { MemberFlags } from './member-flags';

interface MemberGroupsProps {
  members: readonly Member[];
  subRegions: readonly SubRegion[] | undefined;
}

/** One section per sub-region: its name, its programme manager, then a table of its Members. */
export function MemberGroups({ members, subRegions }: MemberGroupsProps) {
  return (
    <>
      {groupBySubRegion(members, subRegions).map((group) => {
        const headingId = `sub-region-${group.subRegionId}`;
        return (
          <section key={group.subRegionId} className="member-group" aria-labelledby={headingId}>
            <h2 id={headingId}>
              {group.name} <span className="muted">({group.code})</span>
            </h2>
            {group.programmeManager !== undefined ? (
              <p className="programme-manager">
                Programme manager: {group.programmeManager ?? <span className="muted">not assigned</span>}
              </p>
            ) : null}
            <table className="data-table">
              <caption className="visually-hidden">Members in {group.name}</caption>
              <thead>
                <tr>
                  <th scope="col" className="col-code">
                    Code
                  </th>
                  <th scope="col" className="col-name">
                    Name
                  </th>
                  <th scope="col">Flags</th>
                </tr>
              </thead>
              <tbody>
                {group.members.map((member) => (
                  <tr key={member.id}>
                    <td className="col-code">
                      <code>{member.code}</code>
                    </td>
                    <th scope="row" className="row-header">
                      <Link to={`/admin/members/${member.id}`}>{member.name}</Link>
                      {member.leftOn ? <span className="muted small"> (left {member.leftOn})</span> : null}
                    </th>
                    <td>
                      <MemberFlags member={member} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </>
  );
}
