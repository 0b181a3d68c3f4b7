import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { NoAccess } from '@/components/ui/no-access';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isApiError, isForbidden } from '@/lib/api/problem';
import { memberOptionsQueryOptions } from '@/lib/api/reference-data';
import type { Member, User } from '@/lib/api/types';
import { roleLabel } from '@/lib/auth/roles';
import { formatDateTime } from '@/lib/format';
import { userQueryOptions } from '../api/get-users';
import { useUpdateUser } from '../api/save-user';
import { ResetPassword } from '../components/reset-password';
import { toUpdateInput, UserForm, userToValues } from '../components/user-form';
import { UserStatus } from '../components/user-status';

function BackLink() {
  return (
    <p className="breadcrumb">
      <Link to="/admin/users">← Users</Link>
    </p>
  );
}

export function UserRoute() {
  const { id = '' } = useParams();
  const user = useQuery(userQueryOptions(id));
  const members = useQuery(memberOptionsQueryOptions());
  useDocumentTitle(user.data ? user.data.displayName : 'User');

  if (isForbidden(user.error)) return <NoAccess error={user.error} what="the users" />;
  if (isApiError(user.error) && (user.error.status === 404 || user.error.status === 400)) {
    return (
      <>
        <BackLink />
        <h1>User not found</h1>
        <p>There is no user with the id “{id}”.</p>
      </>
    );
  }
  if (user.error || members.error) {
    return (
      <>
        <BackLink />
        <h1>User</h1>
        <ProblemAlert error={user.error ?? members.error} fallbackTitle="The user could not be loaded" />
      </>
    );
  }
  if (!user.data || !members.data) {
    return (
      <>
        <BackLink />
        <h1>User</h1>
        <Loading label="Loading the user…" />
      </>
    );
  }
  return <UserEditor key={id} loaded={user.data} members={members.data} />;
}

function UserEditor({ loaded, members }: { loaded: User; members: readonly Member[] }) {
  const location = useLocation();
  const update = useUpdateUser();
  const [user, setUser] = useState(loaded);
  const [message, setMessage] = useState<string | undefined>((location.state as { flash?: string } | null)?.flash);

  return (
    <>
      <BackLink />
      <h1>{user.displayName}</h1>
      <p className="lead">
        {user.email} · {roleLabel(user.role)}
        {user.memberName ? ` · ${user.memberName}` : ''}
      </p>
      <dl className="details details-inline">
        <dt>Status</dt>
        <dd>
          <UserStatus user={user} />
        </dd>
        <dt>Created</dt>
        <dd>{formatDateTime(user.createdAt)}</dd>
      </dl>
      {message ? (
        <p className="alert alert-success" role="status">
          {message}
        </p>
      ) : null}
      <h2>Name, role and access</h2>
      <UserForm
        mode="edit"
        initial={userToValues(user)}
        members={members}
        submitLabel="Save changes"
        pending={update.isPending}
        error={update.error}
        onSubmit={(values) => {
          setMessage(undefined);
          update.mutate(
            { id: user.id, input: toUpdateInput(values) },
            {
              onSuccess: (saved) => {
                setUser(saved);
                setMessage(`Saved ${saved.displayName}.`);
              },
            },
          );
        }}
        actions={
          <Link className="button button-secondary" to="/admin/users">
            Back to the list
          </Link>
        }
      />
      <ResetPassword user={user} />
      <p>
        <Link to={`/admin/audit?entity=User&entityId=${encodeURIComponent(user.id)}`}>Change history of this user</Link>
      </p>
    </>
  );
}
