import type { ActivityStatus } from '@/lib/api/types';
import { activityStatusLabel } from '@/lib/activities/activity-labels';

/** An activity's status in words (colour only adds to them). */
export function ActivityStatusBadge({ status }: { status: ActivityStatus | string }) {
  return <span className={`activity-status activity-status-${status}`}>{activityStatusLabel(status)}</span>;
}
