import type { ApiKey } from '@/lib/api/types';

interface RevokeKeyProps {
  apiKey: ApiKey;
  confirming: boolean;
  pending: boolean;
  onAsk: () => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Revoke with an inline confirmation: a program that uses the key stops working at once. */
export function RevokeKey({ apiKey, confirming, pending, onAsk, onConfirm, onCancel }: RevokeKeyProps) {
  if (!confirming) {
    return (
      <button type="button" className="button button-danger button-small" id={`revoke-${apiKey.id}`} onClick={onAsk} aria-label={`Revoke ${apiKey.name}`}>
        Revoke
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby={`revoke-question-${apiKey.id}`}>
      <p id={`revoke-question-${apiKey.id}`}>Revoke “{apiKey.name}”? Programs using it stop working at once.</p>
      <button type="button" className="button button-danger button-small" disabled={pending} onClick={onConfirm}>
        {pending ? 'Revoking…' : `Yes, revoke ${apiKey.name}`}
      </button>{' '}
      <button
        type="button"
        className="button button-secondary button-small"
        // The safe choice takes focus when the question appears.
        autoFocus
        disabled={pending}
        onClick={onCancel}
      >
        Cancel
      </button>
    </div>
  );
}
