import { useState } from 'react';
import { ProblemAlert } from '@/components/ui/problem-alert';
import type { Member } from '@/lib/api/types';
import { useDeleteMember } from '../api/save-member';

interface DeleteMemberProps {
  member: Member;
  onDeleted: () => void;
}

/** Delete with an inline confirmation; a refusal (409) is shown with the API's reason. */
export function DeleteMember({ member, onDeleted }: DeleteMemberProps) {
  const [confirming, setConfirming] = useState(false);
  const deletion = useDeleteMember();
  const label = `${member.name} (${member.code})`;

  return (
    <section className="danger-zone" aria-labelledby="delete-member-heading">
      <h2 id="delete-member-heading">Delete this Member</h2>
      {deletion.error ? <ProblemAlert error={deletion.error} fallbackTitle="The Member was not deleted" /> : null}
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby="delete-member-question">
          <p id="delete-member-question">Delete {label}? This cannot be undone.</p>
          <button
            type="button"
            className="button button-danger"
            disabled={deletion.isPending}
            onClick={() => deletion.mutate(member.id, { onSuccess: onDeleted })}
          >
            {deletion.isPending ? 'Deleting…' : `Yes, delete ${member.name}`}
          </button>{' '}
          <button
            type="button"
            className="button button-secondary"
            // The safe choice takes focus when the question appears.
            autoFocus
            disabled={deletion.isPending}
            onClick={() => {
              setConfirming(false);
              deletion.reset();
            }}
          >
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
          Delete Member
        </button>
      )}
    </section>
  );
}
