import { isApiError } from '@/lib/api/problem';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' } // typed, waiting for the pause before saving
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; error: unknown };

function hhmm(at: Date): string {
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}

/** "Saving…", "Saved at 14:05" or the reason it failed; a polite live region so it is heard without taking focus. */
export function SaveStatus({ state }: { state: SaveState }) {
  let text = '';
  let className = 'needs-save-status';
  if (state.kind === 'pending') text = 'Unsaved changes…';
  else if (state.kind === 'saving') text = 'Saving…';
  else if (state.kind === 'saved') text = `Saved at ${hhmm(state.at)}`;
  else if (state.kind === 'error') {
    className += ' needs-save-error';
    const problem = isApiError(state.error) ? state.error.problem : undefined;
    text = `Not saved: ${problem?.detail ?? problem?.title ?? (state.error instanceof Error ? state.error.message : 'the save failed')}`;
  }
  return (
    <p className={className} role="status" aria-live="polite">
      {text}
    </p>
  );
}
