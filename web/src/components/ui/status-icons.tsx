import type { KpiStatus, MilestoneStatus } from '@/lib/api/types';
import { kpiStatusLabel, milestoneStatusLabel, normalizeMilestoneStatus } from '@/lib/plans/status';

// Statuses are told by text and a shape, and colour only adds to them: each icon has its own shape.

function KpiStatusShape({ status }: { status: string }) {
  switch (status) {
    case 'achieved':
      return (
        <>
          <circle cx="8" cy="8" r="7" className="icon-fill" />
          <path d="M4.5 8.2l2.3 2.3 4.7-5" className="icon-mark" />
        </>
      );
    case 'on-track':
      return (
        <>
          <circle cx="8" cy="8" r="7" className="icon-fill" />
          <path d="M5 11l6-6M6.5 5H11v4.5" className="icon-mark" />
        </>
      );
    case 'at-risk':
      return (
        <>
          <path d="M8 1.2l7 13H1z" className="icon-fill" />
          <path d="M8 5.5v4M8 11.6v.6" className="icon-mark" />
        </>
      );
    case 'off-track':
      return (
        <>
          <rect x="1" y="1" width="14" height="14" rx="3" className="icon-fill" />
          <path d="M5 5l6 6M11 5l-6 6" className="icon-mark" />
        </>
      );
    case 'not-started':
      return <circle cx="8" cy="8" r="6" className="icon-outline" />;
    default:
      return (
        <>
          <circle cx="8" cy="8" r="6.2" className="icon-outline icon-dashed" />
          <path d="M6.2 6.2a1.9 1.9 0 1 1 2.6 1.7c-.6.3-.8.7-.8 1.3M8 11.4v.4" className="icon-mark icon-mark-dark" />
        </>
      );
  }
}

/** The icon of a KPI status (decorative: the label goes next to it). */
export function KpiStatusIcon({ status }: { status: string }) {
  return (
    <svg className={`status-icon kpi-${status}`} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <KpiStatusShape status={status} />
    </svg>
  );
}

/** A KPI status as icon, text and colour. */
export function KpiStatusBadge({ status }: { status: KpiStatus | string }) {
  return (
    <span className={`status-badge kpi-${status}`}>
      <KpiStatusIcon status={status} />
      {kpiStatusLabel(status)}
    </span>
  );
}

function MilestoneShape({ status }: { status: MilestoneStatus | null }) {
  switch (status) {
    case 'achieved':
      return (
        <>
          <rect x="1" y="1" width="14" height="14" rx="3" className="icon-fill" />
          <path d="M4.5 8.2l2.3 2.3 4.7-5" className="icon-mark" />
        </>
      );
    case 'in-progress':
      return (
        <>
          <circle cx="8" cy="8" r="6.2" className="icon-outline" />
          <path d="M8 1.8a6.2 6.2 0 0 1 0 12.4z" className="icon-fill" />
        </>
      );
    case 'planned':
      return (
        <>
          <circle cx="8" cy="8" r="6.2" className="icon-outline" />
          <circle cx="8" cy="8" r="1.6" className="icon-fill" />
        </>
      );
    case 'not-started':
      return <path d="M3 8h10" className="icon-outline" />;
    case 'not-applicable':
      return (
        <>
          <circle cx="8" cy="8" r="6.2" className="icon-outline" />
          <path d="M3.6 12.4l8.8-8.8" className="icon-outline" />
        </>
      );
    default:
      return <circle cx="8" cy="8" r="1.2" className="icon-fill" />;
  }
}

/** The symbol of a Member's milestone status (decorative). Null: nothing recorded. */
export function MilestoneStatusIcon({ status }: { status: string | null | undefined }) {
  const normalized = normalizeMilestoneStatus(status);
  return (
    <svg
      className={`status-icon milestone-${normalized ?? 'none'}`}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <MilestoneShape status={normalized} />
    </svg>
  );
}

/** A Member's milestone status as symbol and text. */
export function MilestoneStatusBadge({ status }: { status: string | null | undefined }) {
  const normalized = normalizeMilestoneStatus(status);
  return (
    <span className={`status-badge milestone-${normalized ?? 'none'}`}>
      <MilestoneStatusIcon status={status} />
      {milestoneStatusLabel(status)}
    </span>
  );
}
