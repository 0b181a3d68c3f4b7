import { useState, type FormEvent, type ReactNode } from 'react';
import { CheckboxField, SelectField, TextField } from '@/components/ui/fields';
import { FormProblem } from '@/components/ui/form-problem';
import { fieldErrorsOf } from '@/lib/api/problem';
import type { CreateUserInput, Member, UpdateUserInput, User } from '@/lib/api/types';
import { passwordPolicy } from '@/lib/auth/password-policy';
import { roleDescriptions, roleLabels, roles, type Role } from '@/lib/auth/roles';

export const userFieldLabels = {
  email: 'Email',
  displayName: 'Name',
  role: 'Role',
  memberId: 'Member',
  expertId: 'Expert profile id',
  password: 'Initial password',
  isDisabled: 'Disabled: cannot sign in',
};

/** What the inputs hold. */
export interface UserFormValues {
  email: string;
  displayName: string;
  role: string;
  memberId: string;
  expertId: string;
  password: string;
  isDisabled: boolean;
}

export const emptyUserValues: UserFormValues = {
  email: '',
  displayName: '',
  role: 'Viewer',
  memberId: '',
  expertId: '',
  password: '',
  isDisabled: false,
};

export function userToValues(user: User): UserFormValues {
  return {
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    memberId: user.memberId ? String(user.memberId) : '',
    expertId: user.expertId ? String(user.expertId) : '',
    password: '',
    isDisabled: user.isDisabled,
  };
}

// A Member binds only a focal point, an expert profile only an expert; the other stays empty.
// The API validates the rest and says what is wrong, field by field.
function binding(values: UserFormValues): Pick<CreateUserInput, 'memberId' | 'expertId'> {
  const expertId = values.expertId.trim();
  return {
    memberId: values.role === 'MemberFocalPoint' && values.memberId ? Number(values.memberId) : null,
    expertId: values.role === 'Expert' && /^-?\d+$/.test(expertId) ? Number(expertId) : null,
  };
}

export function toCreateInput(values: UserFormValues): CreateUserInput {
  return { email: values.email, displayName: values.displayName, role: values.role, password: values.password, ...binding(values) };
}

export function toUpdateInput(values: UserFormValues): UpdateUserInput {
  return { displayName: values.displayName, role: values.role, isDisabled: values.isDisabled, ...binding(values) };
}

interface UserFormProps {
  mode: 'create' | 'edit';
  initial: UserFormValues;
  members: readonly Member[];
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: UserFormValues) => void;
  actions?: ReactNode;
}

const idPrefix = 'user';

export function UserForm({ mode, initial, members, submitLabel, pending, error, onSubmit, actions }: UserFormProps) {
  const [values, setValues] = useState(initial);
  const errors = fieldErrorsOf(error);

  const text = (key: 'email' | 'displayName' | 'role' | 'memberId' | 'expertId' | 'password') => ({
    id: `${idPrefix}-${key}`,
    name: key,
    label: userFieldLabels[key],
    value: values[key],
    errors: errors[key],
    onChange: (event: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: event.target.value })),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(values);
  };

  const knownRole = roles.some((r) => r === values.role);

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={pending || undefined}>
      <FormProblem error={error} entityName="user" fieldLabels={userFieldLabels} idPrefix={idPrefix} />
      <div className="form-grid">
        {mode === 'create' ? (
          <TextField {...text('email')} type="email" required autoComplete="off" spellCheck={false} hint="They sign in with it." />
        ) : null}
        <TextField {...text('displayName')} required autoComplete="off" />
        <SelectField {...text('role')} required hint={knownRole ? roleDescriptions[values.role as Role] : undefined}>
          {knownRole ? null : <option value={values.role}>{values.role || 'Choose a role'}</option>}
          {roles.map((role) => (
            <option key={role} value={role}>
              {roleLabels[role]}
            </option>
          ))}
        </SelectField>
        {values.role === 'MemberFocalPoint' ? (
          <SelectField {...text('memberId')} required hint="The administration this focal point speaks for.">
            <option value="">Choose a Member</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name} ({m.code})
              </option>
            ))}
          </SelectField>
        ) : null}
        {values.role === 'Expert' ? (
          <TextField
            {...text('expertId')}
            inputMode="numeric"
            required
            autoComplete="off"
            hint="The number of the expert's profile (a positive whole number)."
            className="field-narrow"
          />
        ) : null}
        {mode === 'create' ? (
          <TextField {...text('password')} type="password" required autoComplete="new-password" hint={`${passwordPolicy} Give it to the user safely; they can change it under Account.`} />
        ) : null}
      </div>
      {mode === 'edit' ? (
        <CheckboxField
          id={`${idPrefix}-isDisabled`}
          name="isDisabled"
          label={userFieldLabels.isDisabled}
          hint="A disabled user cannot sign in, and their sessions end."
          checked={values.isDisabled}
          errors={errors.isDisabled}
          onChange={(event) => {
            const checked = event.target.checked;
            setValues((v) => ({ ...v, isDisabled: checked }));
          }}
          className="field-wide"
        />
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </button>
        {actions}
      </div>
    </form>
  );
}
