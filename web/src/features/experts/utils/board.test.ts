import { describe, expect, it } from 'vitest';
import type { Deployment, DeploymentStatus } from '../api/types';
import { boardFiltersFromSearch, describeFilters, groupBoard, staffActions } from './board';

function deployment(id: number, status: DeploymentStatus, startsOn = '2030-01-10', statusChangedAt = '2030-01-01T00:00:00Z'): Deployment {
  return {
    id,
    expertId: 1,
    expertName: `Expert ${id}`,
    requestId: null,
    requestTitle: null,
    activityId: null,
    activityTitle: null,
    startsOn,
    endsOn: startsOn,
    status,
    statusChangedAt,
    proposedAt: statusChangedAt,
    invitedAt: null,
    answeredAt: null,
    releasedAt: null,
    confirmedAt: null,
    completedAt: null,
    cancelledAt: null,
    conflictOverrideReason: null,
    declineReason: null,
    cancelReason: null,
    hostAppraisal: null,
    rocbAppraisal: null,
    reportReceived: false,
    releaseRequest: null,
    note: null,
    version: '1',
  };
}

describe('groupBoard', () => {
  it('puts each deployment in its workflow column, soonest first, with closed ones apart', () => {
    const board = groupBoard([
      deployment(1, 'proposed', '2030-03-01'),
      deployment(2, 'proposed', '2030-02-01'),
      deployment(3, 'confirmed'),
      deployment(4, 'declined', '2030-01-01', '2030-01-02T00:00:00Z'),
      deployment(5, 'cancelled', '2030-01-01', '2030-01-05T00:00:00Z'),
      deployment(6, 'completed'),
    ]);
    expect(board.columns.map((c) => c.status)).toEqual(['proposed', 'invited', 'accepted', 'released', 'confirmed', 'completed']);
    expect(board.columns[0]?.cards.map((c) => c.deployment.id)).toEqual([2, 1]);
    expect(board.columns[1]?.cards).toEqual([]);
    expect(board.columns[4]?.cards.map((c) => c.deployment.id)).toEqual([3]);
    expect(board.columns[5]?.cards.map((c) => c.deployment.id)).toEqual([6]);
    expect(board.closed.map((c) => c.deployment.id)).toEqual([5, 4]);
  });

  it('marks the stuck ones with their days in the state', () => {
    const d = deployment(7, 'invited');
    const board = groupBoard([d], [{ deployment: d, daysInState: 12, waiting: 'the expert to accept or decline' }]);
    expect(board.columns[1]?.cards[0]).toMatchObject({ stuckDays: 12, waiting: 'the expert to accept or decline' });
  });
});

describe('staffActions', () => {
  it('offers only the moves the workflow allows', () => {
    expect(staffActions('proposed')).toEqual(['invite', 'cancel']);
    expect(staffActions('accepted')).toEqual(['release', 'cancel']);
    expect(staffActions('released')).toEqual(['confirm', 'cancel']);
    expect(staffActions('confirmed')).toEqual(['complete', 'cancel']);
    expect(staffActions('completed')).toEqual([]);
    expect(staffActions('declined')).toEqual([]);
  });
});

describe('board drill-down filters', () => {
  it('reads the dashboard’s filters from the URL and says what is shown', () => {
    const filters = boardFiltersFromSearch(
      new URLSearchParams('status=confirmed,completed&origin=wco-secretariat,outside-region&startsFrom=2024-07-01&startsTo=2025-06-30&subRegionId=x'),
    );
    expect(filters).toEqual({ status: 'confirmed,completed', origin: 'wco-secretariat,outside-region', startsFrom: '2024-07-01', startsTo: '2025-06-30' });
    expect(describeFilters(filters)).toBe(
      'confirmed or completed deployments of experts from the WCO Secretariat or administrations outside the region, starting 2024-07-01 – 2025-06-30',
    );
    expect(boardFiltersFromSearch(new URLSearchParams('startsFrom=yesterday'))).toEqual({});
  });
});
