import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { subRegionsQueryOptions } from '@/lib/api/reference-data';
import { useCreateMember } from '../api/save-member';
import { emptyMemberInput, MemberForm } from '../components/member-form';

export function NewMemberRoute() {
  useDocumentTitle('Add a Member');
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const subRegions = useQuery(subRegionsQueryOptions());
  const create = useCreateMember();
  const subRegionId = Number(search.get('subRegionId')) || 0;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/members">← Members</Link>
      </p>
      <h1>Add a Member</h1>
      {subRegions.error ? (
        <ProblemAlert error={subRegions.error} fallbackTitle="The sub-regions could not be loaded" />
      ) : !subRegions.data ? (
        <Loading label="Loading the sub-regions…" />
      ) : (
        <MemberForm
          initial={{ ...emptyMemberInput, subRegionId }}
          subRegions={subRegions.data}
          submitLabel="Add Member"
          pending={create.isPending}
          error={create.error}
          onSubmit={(input) =>
            create.mutate(input, {
              onSuccess: (saved) =>
                navigate(`/admin/members/${saved.value.id}`, {
                  state: { flash: `Added ${saved.value.name} (${saved.value.code}).` },
                }),
            })
          }
          actions={
            <Link className="button button-secondary" to="/admin/members">
              Cancel
            </Link>
          }
        />
      )}
    </>
  );
}
