import type { WorkPlanItem, WorkPlanItemInput } from '../api/types';

/** What the item editor holds: the inputs' own values. */
export interface ItemFormValues {
  kind: string;
  title: string;
  activityType: string;
  topicId: string;
  memberIds: number[];
  quarter: string;
  actionIds: number[];
  expertsNeeded: string;
  notes: string;
}

export const newItemValues: ItemFormValues = {
  kind: 'national-activity',
  title: '',
  activityType: 'national-workshop',
  topicId: '',
  memberIds: [],
  quarter: '',
  actionIds: [],
  expertsNeeded: '0',
  notes: '',
};

export function itemFormValues(item: WorkPlanItem): ItemFormValues {
  return {
    kind: item.kind,
    title: item.title,
    activityType: item.activityType,
    topicId: item.topicId ? String(item.topicId) : '',
    memberIds: [...item.memberIds],
    quarter: item.quarter ? String(item.quarter) : '',
    actionIds: [...item.actionIds],
    expertsNeeded: String(item.expertsNeeded),
    notes: item.notes ?? '',
  };
}

/** The body of addWorkPlanItem / updateWorkPlanItem; a number that does not read as one is sent as -1, so the API names it. */
export function itemInput(values: ItemFormValues, subRegionId: number | null = null): WorkPlanItemInput {
  const experts = values.expertsNeeded.trim();
  return {
    kind: values.kind as WorkPlanItemInput['kind'],
    title: values.title.trim(),
    activityType: values.activityType as WorkPlanItemInput['activityType'],
    topicId: values.topicId ? Number(values.topicId) : null,
    memberIds: values.memberIds,
    subRegionId,
    quarter: values.quarter ? Number(values.quarter) : null,
    actionIds: values.actionIds,
    expertsNeeded: /^\d+$/.test(experts) ? Number(experts) : experts === '' ? 0 : -1,
    notes: values.notes.trim() || null,
  };
}

/** The items in plan order: by quarter (no quarter last), then position. */
export function itemsInOrder(items: readonly WorkPlanItem[]): WorkPlanItem[] {
  return [...items].sort((a, b) => a.position - b.position);
}

/** Totals for the summary line above the table. */
export function workPlanTotals(items: readonly WorkPlanItem[]) {
  const members = new Set(items.flatMap((i) => i.memberIds));
  return {
    items: items.length,
    generated: items.filter((i) => i.origin === 'generated').length,
    members: members.size,
    experts: items.reduce((sum, i) => sum + i.expertsNeeded, 0),
  };
}
