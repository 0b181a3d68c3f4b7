import type { ReactNode } from 'react';

interface MemberOption {
  id: number;
  name: string;
}

/** The Members asked in a cycle, one checkbox each (the cycle's new and details forms share it). */
export function MembersChecklist({
  idPrefix,
  members,
  memberIds,
  errors,
  onChange,
  children,
}: {
  idPrefix: string;
  members: MemberOption[];
  memberIds: number[];
  errors?: string[];
  onChange: (memberIds: number[]) => void;
  /** Shown under the error, above the list (e.g. an "Every Member" button). */
  children?: ReactNode;
}) {
  return (
    <fieldset className={errors ? 'field field-invalid' : 'field'} id={`${idPrefix}-memberIds`}>
      <legend>Members asked ({memberIds.length} chosen)</legend>
      {errors ? <p className="field-error">{errors.join(' ')}</p> : null}
      {children}
      <ul className="needs-checklist">
        {members.map((m) => (
          <li key={m.id}>
            <input
              type="checkbox"
              id={`${idPrefix}-member-${m.id}`}
              checked={memberIds.includes(m.id)}
              onChange={(e) => onChange(e.target.checked ? [...memberIds, m.id] : memberIds.filter((x) => x !== m.id))}
            />{' '}
            <label htmlFor={`${idPrefix}-member-${m.id}`}>{m.name}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
