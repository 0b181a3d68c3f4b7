import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { RecordHistory } from '@/components/ui/record-history';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isApiError } from '@/lib/api/problem';
import { subRegionsQueryOptions } from '@/lib/api/reference-data';
import type { Member, SubRegion, Versioned } from '@/lib/api/types';
import { useCan } from '@/lib/auth/current-user';
import { memberQueryOptions } from '../api/get-member';
import { useUpdateMember } from '../api/save-member';
import { DeleteMember } from '../components/delete-member';
import { MemberDetails } from '../components/member-details';
import { MemberFocalPoints } from '../components/member-focal-points';
import { MemberForm, toMemberInput } from '../components/member-form';

function BackLink() {
  return (
    <p className="breadcrumb">
      <Link to="/admin/members">← Members</Link>
    </p>
  );
}

export function MemberRoute() {
  const { id: idParam } = useParams();
  const id = idParam && /^\d+$/.test(idParam) ? Number(idParam) : undefined;
  const can = useCan();
  const canWrite = can('reference-data:write');
  const member = useQuery({ ...memberQueryOptions(id ?? 0), enabled: id !== undefined });
  // Only the edit form needs the sub-regions (to choose one).
  const subRegions = useQuery({ ...subRegionsQueryOptions(), enabled: canWrite });
  useDocumentTitle(member.data ? member.data.value.name : 'Member');

  if (id === undefined || (isApiError(member.error) && member.error.status === 404)) {
    return (
      <>
        <BackLink />
        <h1>Member not found</h1>
        <p>There is no Member with the id “{idParam}”. It may have been deleted.</p>
      </>
    );
  }
  if (member.error || (canWrite && subRegions.error)) {
    return (
      <>
        <BackLink />
        <h1>Member</h1>
        <ProblemAlert error={member.error ?? subRegions.error} fallbackTitle="The Member could not be loaded" />
      </>
    );
  }
  if (!member.data || (canWrite && !subRegions.data)) {
    return (
      <>
        <BackLink />
        <h1>Member</h1>
        <Loading label="Loading the Member…" />
      </>
    );
  }
  const sections = (
    <>
      <section aria-labelledby="member-milestones-heading">
        <h2 id="member-milestones-heading">Milestones</h2>
        <p>
          <Link to={`/members/${id}/milestones`}>Milestone statuses and evidence</Link> on every milestone of the current plan.
        </p>
      </section>
      {can('focal-points:read') ? <MemberFocalPoints member={member.data.value} /> : null}
      {can('audit:read') ? <RecordHistory entity="Member" entityId={String(id)} label="this Member" /> : null}
    </>
  );
  return canWrite && subRegions.data ? (
    <MemberEditor key={id} loaded={member.data} subRegions={subRegions.data} sections={sections} />
  ) : (
    <MemberView member={member.data.value} sections={sections} />
  );
}

/** The Member for roles that may read but not change reference data. */
function MemberView({ member, sections }: { member: Member; sections: ReactNode }) {
  return (
    <>
      <BackLink />
      <h1>
        {member.name} <span className="muted">({member.code})</span>
      </h1>
      <p className="lead">{member.subRegionName}</p>
      <MemberDetails member={member} />
      {sections}
    </>
  );
}

interface MemberEditorProps {
  loaded: Versioned<Member>;
  subRegions: readonly SubRegion[];
  /** Further sections (focal points, history), shown before the delete. */
  sections: ReactNode;
}

function MemberEditor({ loaded, subRegions, sections }: MemberEditorProps) {
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  // The version this edit started from: its ETag goes out as If-Match, so a change made
  // meanwhile by someone else is refused (412) instead of overwritten.
  const [base, setBase] = useState(loaded);
  const [formKey, setFormKey] = useState(0);
  const [message, setMessage] = useState<string | undefined>((location.state as { flash?: string } | null)?.flash);
  const update = useUpdateMember();
  const member = base.value;

  const reload = async () => {
    const fresh = await queryClient.fetchQuery({ ...memberQueryOptions(member.id), staleTime: 0 });
    update.reset();
    setBase(fresh);
    setFormKey((k) => k + 1);
    setMessage('Reloaded: the form now shows the latest version.');
  };

  return (
    <>
      <BackLink />
      <h1>
        {member.name} <span className="muted">({member.code})</span>
      </h1>
      <p className="lead">
        {member.subRegionName} · version {member.version}
      </p>
      {message ? (
        <p className="alert alert-success" role="status">
          {message}
        </p>
      ) : null}
      <MemberForm
        key={formKey}
        initial={toMemberInput(member)}
        subRegions={subRegions}
        submitLabel="Save changes"
        pending={update.isPending}
        error={update.error}
        onReload={() => void reload()}
        onSubmit={(input) => {
          setMessage(undefined);
          update.mutate(
            { id: member.id, etag: base.etag, input },
            {
              onSuccess: (saved) => {
                setBase(saved);
                setMessage(`Saved ${saved.value.name}.`);
              },
            },
          );
        }}
        actions={
          <Link className="button button-secondary" to="/admin/members">
            Back to the list
          </Link>
        }
      />
      {sections}
      <DeleteMember
        member={member}
        onDeleted={() => navigate('/admin/members', { state: { flash: `${member.name} (${member.code}) was deleted.` } })}
      />
    </>
  );
}
