import { useState } from 'react';
import type { MilestoneStatusRecord } from '@/lib/api/types';

interface ReopenButtonProps {
  recordId: number;
  pending: boolean;
  onReopen: (id: number) => void;
}

/** Reopens an approved update after a confirmation: it stops counting until it is approved again. */
export function ReopenButton({ recordId, pending, onReopen }: ReopenButtonProps) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button button-secondary button-small" aria-label={`Reopen update #${recordId}`} onClick={() => setAsking(true)}>
        Reopen
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={`Reopen update #${recordId}?`}>
      <p className="small">It stops counting in the KPIs until it is approved again.</p>
      <button type="button" className="button button-danger button-small" disabled={pending} onClick={() => onReopen(recordId)}>
        Yes, reopen #{recordId}
      </button>{' '}
      <button type="button" className="button button-link button-small" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </div>
  );
}

export type RecordAction = (record: MilestoneStatusRecord) => void;
