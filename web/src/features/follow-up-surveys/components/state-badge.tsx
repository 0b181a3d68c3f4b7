import { surveyStateLabel } from '../utils/survey-labels';

// A workshop's survey state is told by text and a shape; colour only adds to them.

function StateShape({ state }: { state: string }) {
  switch (state) {
    case 'scheduled':
      return (
        <>
          <circle cx="8" cy="8" r="6.2" className="icon-outline" />
          <path d="M8 4.5V8l2.4 1.6" className="icon-outline" />
        </>
      );
    case 'to-send':
      return (
        <>
          <rect x="1.5" y="3.5" width="13" height="9" rx="1.5" className="icon-fill" />
          <path d="M2.5 4.8L8 9l5.5-4.2" className="icon-mark" />
        </>
      );
    case 'awaiting-replies':
      return (
        <>
          <circle cx="8" cy="8" r="6.2" className="icon-outline" />
          <path d="M8 1.8a6.2 6.2 0 0 1 0 12.4z" className="icon-fill" />
        </>
      );
    case 'reminder-due':
      return (
        <>
          <path d="M8 1.2l7 13H1z" className="icon-fill" />
          <path d="M8 5.5v4M8 11.6v.6" className="icon-mark" />
        </>
      );
    case 'overdue-feedback':
      return (
        <>
          <rect x="1" y="1" width="14" height="14" rx="3" className="icon-fill" />
          <path d="M8 4v5M8 11.4v.6" className="icon-mark" />
        </>
      );
    case 'closed':
      return (
        <>
          <circle cx="8" cy="8" r="7" className="icon-fill" />
          <path d="M4.5 8.2l2.3 2.3 4.7-5" className="icon-mark" />
        </>
      );
    default:
      return <circle cx="8" cy="8" r="6" className="icon-outline icon-dashed" />;
  }
}

/** The symbol of a survey state (decorative: the label goes next to it). */
export function SurveyStateIcon({ state }: { state: string }) {
  return (
    <svg className={`status-icon survey-state-${state}`} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <StateShape state={state} />
    </svg>
  );
}

/** A workshop's survey state as symbol, text and colour. */
export function SurveyStateBadge({ state }: { state: string }) {
  return (
    <span className={`status-badge survey-state-${state}`}>
      <SurveyStateIcon state={state} />
      {surveyStateLabel(state)}
    </span>
  );
}
