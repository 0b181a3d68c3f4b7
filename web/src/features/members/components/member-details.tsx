import type { Member } from '@/lib/api/types';
import { memberFieldLabels } from './member-form';
import { MemberFlags } from './member-flags';

function Empty() {
  return <span className="muted">not recorded</span>;
}

/** A Member's facts, read-only: for roles that may read reference data but not change it. */
export function MemberDetails({ member }: { member: Member }) {
  return (
    <dl className="details">
      <dt>{memberFieldLabels.code}</dt>
      <dd>
        <code>{member.code}</code>
      </dd>
      <dt>{memberFieldLabels.name}</dt>
      <dd>{member.name}</dd>
      <dt>{memberFieldLabels.subRegionId}</dt>
      <dd>
        {member.subRegionName} ({member.subRegionCode})
      </dd>
      <dt>{memberFieldLabels.joinedOn}</dt>
      <dd>{member.joinedOn ?? <Empty />}</dd>
      {member.leftOn ? (
        <>
          <dt>{memberFieldLabels.leftOn}</dt>
          <dd>{member.leftOn}</dd>
        </>
      ) : null}
      <dt>Roles</dt>
      <dd>
        <MemberFlags member={member} />
      </dd>
      <dt>{memberFieldLabels.source}</dt>
      <dd className="pre-line">{member.source ?? <Empty />}</dd>
    </dl>
  );
}
