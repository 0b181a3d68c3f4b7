import type { AccreditationStatus, DeploymentStatus } from '../api/types';
import { accreditationStatusLabels, deploymentStatusLabels, label } from '../utils/labels';

// Statuses are told by text and a shape; colour only adds to them.

function AccreditationShape({ status }: { status: string }) {
  switch (status) {
    case 'accredited':
      return (
        <>
          <circle cx="8" cy="8" r="7" className="icon-fill" />
          <path d="M4.5 8.2l2.3 2.3 4.7-5" className="icon-mark" />
        </>
      );
    case 'pre-accredited':
      return (
        <>
          <circle cx="8" cy="8" r="6.2" className="icon-outline" />
          <path d="M8 1.8a6.2 6.2 0 0 1 0 12.4z" className="icon-fill" />
        </>
      );
    case 'candidate':
      return <circle cx="8" cy="8" r="6.2" className="icon-outline" />;
    case 'expired':
      return (
        <>
          <circle cx="8" cy="8" r="6.2" className="icon-outline" />
          <path d="M8 4.5V8l2.5 1.8" className="icon-outline" />
        </>
      );
    default:
      return (
        <>
          <rect x="1" y="1" width="14" height="14" rx="3" className="icon-fill" />
          <path d="M5 5l6 6M11 5l-6 6" className="icon-mark" />
        </>
      );
  }
}

/** An accreditation status as icon and text. */
export function AccreditationBadge({ status }: { status: AccreditationStatus | string }) {
  return (
    <span className={`status-badge accreditation-${status}`}>
      <svg className="status-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <AccreditationShape status={status} />
      </svg>
      {label(accreditationStatusLabels, status)}
    </span>
  );
}

/** A deployment status as text with a marker. */
export function DeploymentStatusBadge({ status }: { status: DeploymentStatus | string }) {
  return <span className={`status-badge deployment-${status}`}>{label(deploymentStatusLabels, status)}</span>;
}
