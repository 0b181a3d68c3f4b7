import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { memberOptionsQueryOptions } from '@/lib/api/reference-data';
import { useCreateUser } from '../api/save-user';
import { emptyUserValues, toCreateInput, UserForm } from '../components/user-form';

export function NewUserRoute() {
  useDocumentTitle('Add a user');
  const navigate = useNavigate();
  const members = useQuery(memberOptionsQueryOptions());
  const create = useCreateUser();

  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/users">← Users</Link>
      </p>
      <h1>Add a user</h1>
      {members.error ? (
        <ProblemAlert error={members.error} fallbackTitle="The Members could not be loaded" />
      ) : !members.data ? (
        <Loading label="Loading the Members…" />
      ) : (
        <UserForm
          mode="create"
          initial={emptyUserValues}
          members={members.data}
          submitLabel="Add user"
          pending={create.isPending}
          error={create.error}
          onSubmit={(values) =>
            create.mutate(toCreateInput(values), {
              onSuccess: (saved) =>
                navigate(`/admin/users/${saved.id}`, { state: { flash: `Added ${saved.displayName} (${saved.email}).` } }),
            })
          }
          actions={
            <Link className="button button-secondary" to="/admin/users">
              Cancel
            </Link>
          }
        />
      )}
    </>
  );
}
