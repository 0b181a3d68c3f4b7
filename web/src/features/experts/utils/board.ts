import type { DeploymentFilters } from '../api/queries';
import type { Deployment, DeploymentStatus, StuckDeployment } from '../api/types';

/** The board's columns, in workflow order. */
export const boardColumns: DeploymentStatus[] = ['proposed', 'invited', 'accepted', 'released', 'confirmed', 'completed'];
/** Deployments that left the workflow, shown apart. */
export const closedStatuses: DeploymentStatus[] = ['declined', 'cancelled'];

export interface BoardCard {
  deployment: Deployment;
  /** Days waiting in this state, when the API counts it as stuck. */
  stuckDays?: number;
  waiting?: string;
}

export interface Board {
  columns: { status: DeploymentStatus; cards: BoardCard[] }[];
  closed: BoardCard[];
}

/** Groups deployments by status into the board's columns (soonest start first) and the closed ones apart (latest change first). */
export function groupBoard(deployments: Deployment[], stuck: StuckDeployment[] = []): Board {
  const stuckById = new Map(stuck.map((s) => [s.deployment.id, s]));
  const card = (deployment: Deployment): BoardCard => {
    const s = stuckById.get(deployment.id);
    return s ? { deployment, stuckDays: s.daysInState, waiting: s.waiting } : { deployment };
  };
  const byStart = (a: BoardCard, b: BoardCard) =>
    a.deployment.startsOn.localeCompare(b.deployment.startsOn) || a.deployment.id - b.deployment.id;
  const columns = boardColumns.map((status) => ({
    status,
    cards: deployments.filter((d) => d.status === status).map(card).sort(byStart),
  }));
  const closed = deployments
    .filter((d) => closedStatuses.includes(d.status))
    .map(card)
    .sort((a, b) => b.deployment.statusChangedAt.localeCompare(a.deployment.statusChangedAt));
  return { columns, closed };
}

export type StaffAction = 'invite' | 'release' | 'confirm' | 'complete' | 'cancel';

/** What Staff may do with a deployment in a state (the expert answers an invitation itself). */
export function staffActions(status: DeploymentStatus): StaffAction[] {
  switch (status) {
    case 'proposed':
      return ['invite', 'cancel'];
    case 'invited':
      return ['cancel'];
    case 'accepted':
      return ['release', 'cancel'];
    case 'released':
      return ['confirm', 'cancel'];
    case 'confirmed':
      return ['complete', 'cancel'];
    default:
      return [];
  }
}

const originWords: Record<string, string> = {
  member: 'Member administrations (inside the region)',
  'wco-secretariat': 'the WCO Secretariat',
  'outside-region': 'administrations outside the region',
};

/** The drill-down filters the board takes from its URL (?status=confirmed,completed&origin=member&startsFrom=…&startsTo=…&subRegionId=…). */
export function boardFiltersFromSearch(search: URLSearchParams): DeploymentFilters {
  const filters: DeploymentFilters = {};
  const text = (key: string) => search.get(key)?.trim() || undefined;
  const day = (key: string) => (/^\d{4}-\d{2}-\d{2}$/.test(text(key) ?? '') ? text(key) : undefined);
  if (text('status')) filters.status = text('status');
  if (text('origin')) filters.origin = text('origin');
  if (day('startsFrom')) filters.startsFrom = day('startsFrom');
  if (day('startsTo')) filters.startsTo = day('startsTo');
  const sub = Number(text('subRegionId'));
  if (Number.isInteger(sub) && sub > 0) filters.subRegionId = sub;
  const activity = Number(text('activityId'));
  if (Number.isInteger(activity) && activity > 0) filters.activityId = activity;
  return filters;
}

/** "confirmed or completed deployments of experts from the WCO Secretariat or administrations outside the region, starting 2024-07-01 – 2025-06-30". */
export function describeFilters(filters: DeploymentFilters): string {
  const statuses = filters.status?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
  const origins = filters.origin?.split(',').map((o) => originWords[o.trim()] ?? o.trim()) ?? [];
  let text = `${statuses.length ? `${statuses.join(' or ')} ` : ''}deployments`;
  if (origins.length) text += ` of experts from ${origins.join(' or ')}`;
  if (filters.startsFrom || filters.startsTo) text += `, starting ${filters.startsFrom ?? '…'} – ${filters.startsTo ?? '…'}`;
  if (filters.subRegionId) text += ', for activities of the chosen sub-region';
  if (filters.activityId) text += ` for activity #${filters.activityId}`;
  return text;
}
