import { cycleStatusLabel, responseStateLabel } from '../utils/labels';

/** A Member's progress in words, coloured by state (the word carries the meaning, the colour only helps). */
export function ResponseState({ status }: { status: string | null | undefined }) {
  const s = status ?? 'not-started';
  return <span className={`needs-state-${s}`}>{responseStateLabel(s)}</span>;
}

export function CycleStatus({ status }: { status: string }) {
  return <span className={`badge needs-cycle-${status}`}>{cycleStatusLabel(status)}</span>;
}
