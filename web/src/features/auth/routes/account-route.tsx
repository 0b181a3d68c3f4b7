import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { TextField } from '@/components/ui/fields';
import { FormProblem } from '@/components/ui/form-problem';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { ApiError, fieldErrorsOf } from '@/lib/api/problem';
import { useCurrentUser } from '@/lib/auth/current-user';
import { passwordPolicy } from '@/lib/auth/password-policy';
import { roleLabel } from '@/lib/auth/roles';
import { endSession } from '@/lib/auth/session';
import { useChangePassword } from '../api/change-password';

const fieldLabels = {
  currentPassword: 'Current password',
  newPassword: 'New password',
  repeatPassword: 'Repeat the new password',
};

const idPrefix = 'change-password';

export function AccountRoute() {
  useDocumentTitle('Your account');
  const { data: user } = useCurrentUser();
  const queryClient = useQueryClient();
  const change = useChangePassword();
  const [values, setValues] = useState({ currentPassword: '', newPassword: '', repeatPassword: '' });
  const [mismatch, setMismatch] = useState<ApiError | null>(null);
  const error = mismatch ?? change.error;
  const errors = fieldErrorsOf(error);

  const field = (key: keyof typeof values) => ({
    id: `${idPrefix}-${key}`,
    name: key,
    type: 'password',
    label: fieldLabels[key],
    value: values[key],
    errors: errors[key],
    onChange: (event: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: event.target.value })),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (values.newPassword !== values.repeatPassword) {
      // Checked here because the API never sees the repeat.
      setMismatch(new ApiError(400, { title: 'The passwords differ', errors: { repeatPassword: ['This is not the same as the new password.'] } }));
      return;
    }
    setMismatch(null);
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          // The API has ended every session, this one included.
          endSession('password-changed');
          queryClient.removeQueries();
        },
      },
    );
  };

  if (!user) return null;
  return (
    <>
      <h1>Your account</h1>
      <dl className="details">
        <dt>Name</dt>
        <dd>{user.displayName}</dd>
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd>{roleLabel(user.role)}</dd>
        {user.memberName ? (
          <>
            <dt>Member</dt>
            <dd>
              {user.memberName} ({user.memberCode})
            </dd>
          </>
        ) : null}
        {user.expertId ? (
          <>
            <dt>Expert profile</dt>
            <dd>{user.expertId}</dd>
          </>
        ) : null}
      </dl>

      <h2 id="change-password-heading">Change your password</h2>
      <p>Changing it signs you out everywhere, this browser included: sign in again with the new password.</p>
      <form className="form form-narrow" onSubmit={submit} noValidate aria-labelledby="change-password-heading" aria-busy={change.isPending || undefined}>
        <FormProblem error={error} entityName="password" fieldLabels={fieldLabels} idPrefix={idPrefix} />
        <TextField {...field('currentPassword')} autoComplete="current-password" required />
        <TextField {...field('newPassword')} autoComplete="new-password" hint={passwordPolicy} required />
        <TextField {...field('repeatPassword')} autoComplete="new-password" required />
        <div className="form-actions">
          <button type="submit" className="button" disabled={change.isPending}>
            {change.isPending ? 'Changing…' : 'Change password'}
          </button>
        </div>
      </form>
    </>
  );
}
