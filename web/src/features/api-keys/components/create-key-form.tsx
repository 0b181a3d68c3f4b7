import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { CheckboxField, TextField } from '@/components/ui/fields';
import { FormProblem } from '@/components/ui/form-problem';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { fieldErrorsOf } from '@/lib/api/problem';
import type { CreateApiKeyInput } from '@/lib/api/types';
import { endOfDayIso } from '@/lib/format';
import { apiKeyScopesQueryOptions } from '../api/api-keys';

const idPrefix = 'api-key';
const fieldLabels = { name: 'Name', scopes: 'Scopes', expiresAt: 'Expires after' };

interface CreateKeyFormProps {
  pending: boolean;
  error: unknown;
  onSubmit: (input: CreateApiKeyInput) => void;
  onCancel: () => void;
}

export function CreateKeyForm({ pending, error, onSubmit, onCancel }: CreateKeyFormProps) {
  const scopes = useQuery(apiKeyScopesQueryOptions());
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [expiresOn, setExpiresOn] = useState('');
  const errors = fieldErrorsOf(error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The key works through the chosen day (the reader's time zone).
    onSubmit({ name, scopes: chosen, expiresAt: expiresOn ? (endOfDayIso(expiresOn) ?? expiresOn) : null });
  };

  if (scopes.error) return <ProblemAlert error={scopes.error} fallbackTitle="The scopes could not be loaded" />;
  if (!scopes.data) return <Loading label="Loading the scopes…" />;

  const scopeErrors = errors.scopes;
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="create-key-heading" aria-busy={pending || undefined}>
      <FormProblem error={error} entityName="API key" fieldLabels={fieldLabels} idPrefix={idPrefix} />
      <div className="form-grid">
        <TextField
          id={`${idPrefix}-name`}
          name="name"
          label={fieldLabels.name}
          hint="Who or what uses it, e.g. “Data warehouse export”."
          required
          autoComplete="off"
          value={name}
          errors={errors.name}
          onChange={(event) => setName(event.target.value)}
        />
        <TextField
          id={`${idPrefix}-expiresAt`}
          name="expiresAt"
          type="date"
          label={fieldLabels.expiresAt}
          hint="Optional: the key stops working at the end of this day. Leave empty for a key that does not expire."
          value={expiresOn}
          errors={errors.expiresAt}
          onChange={(event) => setExpiresOn(event.target.value)}
        />
      </div>
      <fieldset
        className={['fieldset', scopeErrors?.length ? 'field-invalid' : ''].join(' ').trim()}
        id={`${idPrefix}-scopes`}
        tabIndex={-1}
        aria-describedby={scopeErrors?.length ? `${idPrefix}-scopes-error` : undefined}
      >
        <legend>Scopes: what the key may do</legend>
        {scopeErrors?.length ? (
          <p id={`${idPrefix}-scopes-error`} className="field-error">
            {scopeErrors.join(' ')}
          </p>
        ) : null}
        {scopes.data.map(({ scope, description }) => (
          <CheckboxField
            key={scope}
            id={`${idPrefix}-scope-${scope.replace(/[^a-z0-9-]/gi, '-')}`}
            name="scopes"
            value={scope}
            label={scope}
            hint={description}
            checked={chosen.includes(scope)}
            onChange={(event) => {
              const checked = event.target.checked;
              setChosen((current) => (checked ? [...current, scope] : current.filter((s) => s !== scope)));
            }}
          />
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Creating…' : 'Create key'}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
