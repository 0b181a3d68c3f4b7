import { useState, type FormEvent } from 'react';
import type { AuditSearchParams } from '../api/search-audit-entries';

export const auditEntities = ['Member', 'SubRegion', 'Region', 'User', 'UserRole', 'ApiKey'] as const;
export const auditActions = ['created', 'updated', 'deleted'] as const;

type Filters = Pick<AuditSearchParams, 'entity' | 'entityId' | 'action' | 'from' | 'to'>;

interface AuditFiltersProps {
  initial: Filters;
  onApply: (filters: Filters) => void;
  onClear?: () => void;
}

/** The audit log's filters; they apply when the form is sent (so that typing an id does not search on every key). */
export function AuditFilters({ initial, onApply, onClear }: AuditFiltersProps) {
  const [values, setValues] = useState({
    entity: initial.entity ?? '',
    entityId: initial.entityId ?? '',
    action: initial.action ?? '',
    from: initial.from ?? '',
    to: initial.to ?? '',
  });
  const set = (key: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: event.target.value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({
      entity: values.entity || undefined,
      entityId: values.entityId.trim() || undefined,
      action: values.action || undefined,
      from: values.from || undefined,
      to: values.to || undefined,
    });
  };

  const entities: string[] = [...auditEntities];
  if (values.entity && !entities.includes(values.entity)) entities.push(values.entity);

  return (
    <form className="filters" role="search" aria-label="Audit log" onSubmit={submit}>
      <div className="field">
        <label htmlFor="audit-entity">Record type</label>
        <select id="audit-entity" value={values.entity} onChange={set('entity')}>
          <option value="">Any</option>
          {entities.map((e) => (
            <option key={e} value={e}>
              {e}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-entity-id">Record id</label>
        <input id="audit-entity-id" value={values.entityId} onChange={set('entityId')} autoComplete="off" spellCheck={false} size={12} />
      </div>
      <div className="field">
        <label htmlFor="audit-action">Action</label>
        <select id="audit-action" value={values.action} onChange={set('action')}>
          <option value="">Any</option>
          {auditActions.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-from">From</label>
        <input id="audit-from" type="date" value={values.from} onChange={set('from')} />
      </div>
      <div className="field">
        <label htmlFor="audit-to">To</label>
        <input id="audit-to" type="date" value={values.to} onChange={set('to')} />
      </div>
      <button type="submit" className="button button-secondary">
        Apply filters
      </button>
      {onClear ? (
        <button type="button" className="button button-link" onClick={onClear}>
          Clear filters
        </button>
      ) : null}
    </form>
  );
}
