import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { SelectField, TextField } from '@/components/ui/fields';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { fieldErrorsOf, isApiError } from '@/lib/api/problem';
import type { Gender, Member, ParticipantRole } from '@/lib/api/types';
import { participantsQueryOptions, useAddParticipants, useDeleteParticipant } from '../api/participation';
import { genderLabel, genderLabels, genders, participantRoleLabel, participantRoleLabels, participantRoles } from '@/lib/activities/activity-labels';

interface NamedParticipantsProps {
  activityId: number;
  /** Staff may add and remove; a focal point only reads its own administration's. */
  canWrite: boolean;
  members?: readonly Member[];
  /** A focal point's own administration, to say whose participants are shown. */
  ownMemberName?: string | null;
  onChanged: (message: string) => void;
}

/** Participants by name (personal data: only Staff, and a focal point for its own administration, see them). */
export function NamedParticipants({ activityId, canWrite, members, ownMemberName, onChanged }: NamedParticipantsProps) {
  const participants = useQuery(participantsQueryOptions(activityId));
  const remove = useDeleteParticipant(activityId);
  const data = participants.data;

  return (
    <section aria-labelledby="named-participants-heading" className="named-participants">
      <h3 id="named-participants-heading">Named participants</h3>
      <p className="field-hint">
        Personal data: shown to ROCB Staff{ownMemberName ? `, and to you for ${ownMemberName} only` : ', and to each focal point for their own administration'}.
        Named participants add up into their Member&apos;s counts.
      </p>
      {participants.isPending ? (
        <Loading label="Loading the participants…" />
      ) : participants.error ? (
        <ProblemAlert error={participants.error} fallbackTitle="The participants could not be loaded" />
      ) : data && data.items.length === 0 ? (
        <p className="muted">No participant has been recorded by name{ownMemberName ? ` for ${ownMemberName}` : ''}.</p>
      ) : data ? (
        <>
          {remove.error ? <ProblemAlert error={remove.error} fallbackTitle="The participant was not removed" /> : null}
          <div className="table-scroll">
            <table className="data-table participants-table">
              <caption className="visually-hidden">Named participants, by Member and name</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Member</th>
                  <th scope="col">Gender</th>
                  <th scope="col">Role</th>
                  <th scope="col">Position</th>
                  {canWrite ? (
                    <th scope="col" className="col-actions">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {data.items.map((p) => (
                  <tr key={p.id}>
                    <th scope="row" className="row-header">
                      {p.name}
                    </th>
                    <td>{p.member.name}</td>
                    <td>{genderLabel(p.gender)}</td>
                    <td>{participantRoleLabel(p.role)}</td>
                    <td>{p.position ?? <span className="muted">—</span>}</td>
                    {canWrite ? (
                      <td>
                        <button
                          type="button"
                          className="button button-link"
                          disabled={remove.isPending}
                          onClick={() => remove.mutate(p.id, { onSuccess: () => onChanged(`Removed ${p.name}.`) })}
                        >
                          Remove<span className="visually-hidden"> {p.name}</span>
                        </button>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {data.total > data.items.length ? (
            <p className="small muted">
              Showing the first {data.items.length} of {data.total} participants.
            </p>
          ) : null}
        </>
      ) : null}
      {canWrite && members ? <AddParticipantForm activityId={activityId} members={members} onAdded={onChanged} /> : null}
    </section>
  );
}

const participantFieldLabels: Record<string, string> = {
  memberId: 'Member',
  name: 'Name',
  gender: 'Gender',
  role: 'Role',
  position: 'Position',
};

function AddParticipantForm({ activityId, members, onAdded }: { activityId: number; members: readonly Member[]; onAdded: (message: string) => void }) {
  const empty = { memberId: '', name: '', gender: '' as Gender | '', role: 'participant' as ParticipantRole, position: '' };
  const [values, setValues] = useState(empty);
  const [missing, setMissing] = useState<Record<string, string[]>>({});
  const add = useAddParticipants(activityId);
  // The API names the fields of the first (and only) participant sent: participants[0].name.
  const serverErrors = Object.fromEntries(
    Object.entries(fieldErrorsOf(add.error)).map(([key, messages]) => [key.replace(/^participants(\[0\])?\.?/, '') || 'participants', messages]),
  );
  const errors = { ...serverErrors, ...missing };
  const general = [...(serverErrors.participants ?? [])];

  const field = (key: keyof typeof values) => ({
    id: `participant-${key}`,
    label: participantFieldLabels[key] ?? key,
    value: values[key],
    errors: errors[key],
    onChange: (event: { target: { value: string } }) => {
      const value = event.target.value;
      setValues((v) => ({ ...v, [key]: value }));
      setMissing((m) => Object.fromEntries(Object.entries(m).filter(([k]) => k !== key)));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string[]> = {};
    if (!values.memberId) problems.memberId = ['Choose the Member.'];
    if (!values.gender) problems.gender = ['Choose the gender (or “Not recorded”).'];
    setMissing(problems);
    if (Object.keys(problems).length > 0) return;
    add.mutate(
      [{ memberId: Number(values.memberId), name: values.name, gender: values.gender as Gender, role: values.role, position: values.position.trim() || null }],
      {
        onSuccess: () => {
          onAdded(`Added ${values.name.trim()}.`);
          setValues({ ...empty, memberId: values.memberId });
        },
      },
    );
  };

  return (
    <form className="form add-participant" onSubmit={submit} noValidate aria-labelledby="add-participant-heading">
      <h4 id="add-participant-heading">Add a participant</h4>
      {add.error && (!isApiError(add.error) || add.error.status !== 400 || general.length > 0) ? (
        <ProblemAlert error={add.error} fallbackTitle="The participant was not added">
          {general.length > 0 ? <p>{general.join(' ')}</p> : null}
        </ProblemAlert>
      ) : null}
      <div className="form-grid">
        <SelectField {...field('memberId')} required>
          <option value="">Choose a Member</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name} ({m.code})
            </option>
          ))}
        </SelectField>
        <TextField {...field('name')} required autoComplete="off" />
        <SelectField {...field('gender')} required>
          <option value="">Choose</option>
          {genders.map((g) => (
            <option key={g} value={g}>
              {genderLabels[g]}
            </option>
          ))}
        </SelectField>
        <SelectField {...field('role')} required hint="Observers are counted apart from the participants.">
          {participantRoles.map((r) => (
            <option key={r} value={r}>
              {participantRoleLabels[r]}
            </option>
          ))}
        </SelectField>
        <TextField {...field('position')} autoComplete="off" />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={add.isPending}>
          {add.isPending ? 'Adding…' : 'Add participant'}
        </button>
      </div>
    </form>
  );
}
