import { isIsoDay } from '@/lib/format';
import type { ExpertListParams } from '../api/keys';

export const rosterPageSize = 25;

function positiveInt(value: string | null): number | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

/** The roster's filters and page, read from the address so that they can be bookmarked and shared. */
export function rosterParamsFromSearch(search: URLSearchParams): ExpertListParams {
  const inRegion = search.get('inRegion');
  const from = search.get('availableFrom');
  const to = search.get('availableTo');
  return {
    page: positiveInt(search.get('page')) ?? 1,
    pageSize: rosterPageSize,
    q: search.get('q')?.trim() || undefined,
    topicId: positiveInt(search.get('topicId')),
    category: search.get('category') || undefined,
    accreditationStatus: search.get('accreditationStatus') || undefined,
    language: search.get('language')?.trim().toLowerCase() || undefined,
    origin: search.get('origin') || undefined,
    inRegion: inRegion === 'true' ? true : inRegion === 'false' ? false : undefined,
    availableFrom: isIsoDay(from) ? from : undefined,
    availableTo: isIsoDay(to) ? to : undefined,
  };
}

export const rosterFilterKeys = ['q', 'topicId', 'category', 'accreditationStatus', 'language', 'origin', 'inRegion', 'availableFrom', 'availableTo'] as const;
