import { useState, type FormEvent } from 'react';
import { TextField } from '@/components/ui/fields';
import { FormProblem } from '@/components/ui/form-problem';
import { fieldErrorsOf } from '@/lib/api/problem';
import type { User } from '@/lib/api/types';
import { passwordPolicy } from '@/lib/auth/password-policy';
import { useResetPassword } from '../api/save-user';

const idPrefix = 'reset-password';
const fieldLabels = { newPassword: 'New password' };

/** Sets a new password for a user (which also lifts a lockout and ends their sessions). */
export function ResetPassword({ user }: { user: User }) {
  const reset = useResetPassword();
  const [newPassword, setNewPassword] = useState('');
  const [done, setDone] = useState(false);
  const errors = fieldErrorsOf(reset.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(false);
    reset.mutate(
      { id: user.id, newPassword },
      {
        onSuccess: () => {
          setDone(true);
          setNewPassword('');
        },
      },
    );
  };

  return (
    <section className="danger-zone" aria-labelledby="reset-password-heading">
      <h2 id="reset-password-heading">Reset the password</h2>
      <p>
        Sets a new password for {user.displayName}, lifts a lockout after failed sign-ins, and ends every session they have.
      </p>
      {done ? (
        <p className="alert alert-success" role="status">
          The password of {user.displayName} was reset. Give them the new one safely.
        </p>
      ) : null}
      <form className="form form-narrow" onSubmit={submit} noValidate aria-labelledby="reset-password-heading" aria-busy={reset.isPending || undefined}>
        <FormProblem error={reset.error} entityName="password" fieldLabels={fieldLabels} idPrefix={idPrefix} />
        <TextField
          id={`${idPrefix}-newPassword`}
          name="newPassword"
          type="password"
          label={fieldLabels.newPassword}
          hint={passwordPolicy}
          required
          autoComplete="new-password"
          value={newPassword}
          errors={errors.newPassword}
          onChange={(event) => setNewPassword(event.target.value)}
        />
        <div className="form-actions">
          <button type="submit" className="button button-secondary" disabled={reset.isPending}>
            {reset.isPending ? 'Resetting…' : 'Reset password'}
          </button>
        </div>
      </form>
    </section>
  );
}
