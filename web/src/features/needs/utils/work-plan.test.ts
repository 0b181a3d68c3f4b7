import { describe, expect, it } from 'vitest';
import type { WorkPlanItem } from '../api/types';
import { itemFormValues, itemInput, newItemValues, workPlanTotals } from './work-plan';

const item: WorkPlanItem = {
  id: 5,
  position: 1,
  kind: 'sub-regional-workshop',
  title: 'Sub-regional workshop on Risk Management (SEA)',
  activityType: 'sub-regional-workshop',
  topicId: 14,
  topicCode: 'risk-management',
  memberIds: [4, 6, 9],
  subRegionId: 3,
  quarter: 2,
  actionIds: [47],
  expertsNeeded: 2,
  origin: 'generated',
  reason: 'Three Members of SEA need it',
  evidence: [],
  notes: null,
  activityId: null,
  version: '12',
};

describe('the work plan item editor', () => {
  it('round-trips an item through the form', () => {
    expect(itemInput(itemFormValues(item), item.subRegionId)).toEqual({
      kind: 'sub-regional-workshop',
      title: 'Sub-regional workshop on Risk Management (SEA)',
      activityType: 'sub-regional-workshop',
      topicId: 14,
      memberIds: [4, 6, 9],
      subRegionId: 3,
      quarter: 2,
      actionIds: [47],
      expertsNeeded: 2,
      notes: null,
    });
  });

  it('sends blanks as null and a bad number as -1 for the API to name', () => {
    expect(itemInput({ ...newItemValues, title: '  Visit ', expertsNeeded: 'two' })).toMatchObject({ title: 'Visit', topicId: null, quarter: null, expertsNeeded: -1 });
    expect(itemInput({ ...newItemValues, expertsNeeded: '' }).expertsNeeded).toBe(0);
  });

  it('totals the plan', () => {
    expect(workPlanTotals([item, { ...item, id: 6, origin: 'manual', memberIds: [4, 11], expertsNeeded: 1 }])).toEqual({ items: 2, generated: 1, members: 4, experts: 3 });
  });
});
