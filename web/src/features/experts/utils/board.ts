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
