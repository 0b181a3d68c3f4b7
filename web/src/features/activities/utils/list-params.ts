import type { ActivityStatus, ActivitySummary, ActivityType, RocbInvolvement } from '@/lib/api/types';
import { isIsoDay } from '@/lib/format';
import { isActivityStatus, isActivityType, isRocbRole } from '@/lib/activities/activity-labels';

export const activitySorts = ['-startsOn', 'startsOn', 'title', '-title'] as const;
export type ActivitySort = (typeof activitySorts)[number];
export const activityPageSizes = [25, 50, 100, 200] as const;
export const defaultActivityPageSize = 50;

/** The list's state, all of it in the address so that a view can be bookmarked and shared. */
export interface ActivityListParams {
  page: number;
  pageSize: number;
  sort: ActivitySort;
  /** Starting year: 2019 = FY2019/20. */
  fiscalYear?: number;
  from?: string;
  to?: string;
  type?: ActivityType;
  status?: ActivityStatus;
  role?: RocbInvolvement;
  topicId?: number;
  memberId?: number;
  subRegionId?: number;
  actionId?: number;
  q?: string;
}

/** The filters (what narrows the list, as opposed to paging and order). */
export const activityFilterKeys = ['fiscalYear', 'from', 'to', 'type', 'status', 'role', 'topicId', 'memberId', 'subRegionId', 'actionId', 'q'] as const;

function positiveInt(value: string | null): number | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

export function activityParamsFromSearch(search: URLSearchParams): ActivityListParams {
  const sort = search.get('sort');
  const pageSize = positiveInt(search.get('pageSize'));
  const fiscalYear = positiveInt(search.get('fiscalYear'));
  const from = search.get('from');
  const to = search.get('to');
  const type = search.get('type');
  const status = search.get('status');
  const role = search.get('role');
  return {
    page: positiveInt(search.get('page')) ?? 1,
    pageSize: activityPageSizes.find((s) => s === pageSize) ?? defaultActivityPageSize,
    sort: activitySorts.find((s) => s === sort) ?? '-startsOn',
    fiscalYear: fiscalYear && fiscalYear >= 1990 && fiscalYear <= 2100 ? fiscalYear : undefined,
    from: isIsoDay(from) ? from : undefined,
    to: isIsoDay(to) ? to : undefined,
    type: isActivityType(type) ? type : undefined,
    status: isActivityStatus(status) ? status : undefined,
    role: isRocbRole(role) ? role : undefined,
    topicId: positiveInt(search.get('topicId')),
    memberId: positiveInt(search.get('memberId')),
    subRegionId: positiveInt(search.get('subRegionId')),
    actionId: positiveInt(search.get('actionId')),
    q: search.get('q')?.trim() || undefined,
  };
}

export function hasActivityFilters(params: ActivityListParams): boolean {
  return activityFilterKeys.some((key) => params[key] !== undefined);
}

/**
 * What the list shows when filtered by a topic the topic list does not name (it could not be loaded, or lacks it):
 * the code every listed activity shares (when exactly one does), else the topic's id.
 */
export function topicFilterLabel(topicId: number, items: readonly Pick<ActivitySummary, 'topicCodes'>[]): string {
  if (items.length > 0) {
    const shared = items.map((i) => new Set(i.topicCodes)).reduce((common, codes) => new Set([...common].filter((c) => codes.has(c))));
    if (shared.size === 1) return [...shared][0]!;
  }
  return `topic #${topicId}`;
}
