import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { SelectField, TextAreaField, TextField } from '@/components/ui/fields';
import { FormProblem } from '@/components/ui/form-problem';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { fieldErrorsOf } from '@/lib/api/problem';
import { regionsQueryOptions } from '@/lib/api/reference-data';
import type { Region, SubRegion, SubRegionInput, Versioned } from '@/lib/api/types';
import { subRegionQueryOptions, useUpdateSubRegion } from '../api/sub-region-api';

export const subRegionFieldLabels: Record<keyof SubRegionInput, string> = {
  code: 'Code',
  name: 'Name',
  regionCode: 'Region',
  programmeManager: 'Programme manager',
  source: 'Source',
};

function toValues(subRegion: SubRegion) {
  return {
    code: subRegion.code,
    name: subRegion.name,
    regionCode: subRegion.regionCode,
    programmeManager: subRegion.programmeManager ?? '',
    source: subRegion.source ?? '',
  };
}

const orNull = (value: string) => (value.trim() ? value : null);

interface SubRegionEditorProps {
  id: number;
  onSaved: (saved: SubRegion) => void;
  onCancel: () => void;
}

/** Loads the sub-region with its ETag, then edits it. */
export function SubRegionEditor({ id, onSaved, onCancel }: SubRegionEditorProps) {
  const subRegion = useQuery(subRegionQueryOptions(id));
  const regions = useQuery(regionsQueryOptions());

  if (subRegion.error || regions.error) {
    return (
      <>
        <ProblemAlert error={subRegion.error ?? regions.error} fallbackTitle="The sub-region could not be loaded" />
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Close
        </button>
      </>
    );
  }
  if (!subRegion.data || !regions.data) return <Loading label="Loading the sub-region…" />;
  return <SubRegionForm key={subRegion.data.etag} loaded={subRegion.data} regions={regions.data} onSaved={onSaved} onCancel={onCancel} />;
}

interface SubRegionFormProps {
  loaded: Versioned<SubRegion>;
  regions: readonly Region[];
  onSaved: (saved: SubRegion) => void;
  onCancel: () => void;
}

const idPrefix = 'sub-region';

function SubRegionForm({ loaded, regions, onSaved, onCancel }: SubRegionFormProps) {
  const queryClient = useQueryClient();
  const [base, setBase] = useState(loaded);
  const [values, setValues] = useState(() => toValues(loaded.value));
  const update = useUpdateSubRegion();
  const errors = fieldErrorsOf(update.error);

  const field = (key: keyof typeof values) => ({
    id: `${idPrefix}-${key}`,
    name: key,
    value: values[key],
    errors: errors[key],
    onChange: (event: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: event.target.value })),
  });

  const reload = async () => {
    const fresh = await queryClient.fetchQuery(subRegionQueryOptions(base.value.id));
    update.reset();
    setBase(fresh);
    setValues(toValues(fresh.value));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Not mutate's own onSuccess: saving refetches this sub-region, whose new ETag remounts this form,
    // and an unmounted form's mutate callbacks never run. The promise settles whatever happens to the form.
    update
      .mutateAsync({
        id: base.value.id,
        etag: base.etag,
        input: { ...values, programmeManager: orNull(values.programmeManager), source: orNull(values.source) },
      })
      .then((saved) => onSaved(saved.value))
      .catch(() => {
        // The failure is in update.error, shown on the form.
      });
  };

  return (
    <form className="form form-inline-edit" onSubmit={submit} noValidate aria-label={`Edit ${base.value.name}`} aria-busy={update.isPending || undefined}>
      <FormProblem
        error={update.error}
        entityName="sub-region"
        fieldLabels={subRegionFieldLabels}
        idPrefix={idPrefix}
        onReload={() => void reload()}
      />
      <div className="form-grid">
        <TextField {...field('code')} label={subRegionFieldLabels.code} required autoComplete="off" spellCheck={false} className="field-narrow" />
        <TextField {...field('name')} label={subRegionFieldLabels.name} required autoComplete="off" />
        <SelectField {...field('regionCode')} label={subRegionFieldLabels.regionCode} required>
          {regions.some((r) => r.code === values.regionCode) ? null : <option value={values.regionCode}>{values.regionCode || 'Choose a region'}</option>}
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </SelectField>
        <TextField {...field('programmeManager')} label={subRegionFieldLabels.programmeManager} hint="Leave empty if none is assigned" autoComplete="off" />
      </div>
      <TextAreaField {...field('source')} label={subRegionFieldLabels.source} hint="Where these facts come from" rows={3} className="field-wide" />
      <div className="form-actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save sub-region'}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
