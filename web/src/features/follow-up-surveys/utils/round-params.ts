export type RoundTab = 'tracking' | 'replies' | 'analysis';
export const roundTabs: readonly { tab: RoundTab; label: string }[] = [
  { tab: 'tracking', label: 'Tracking' },
  { tab: 'replies', label: 'Replies' },
  { tab: 'analysis', label: 'Analysis' },
];

/** The round page's state, all of it in the address so a view can be bookmarked and shared. */
export interface RoundParams {
  tab: RoundTab;
  /** Replies about this workshop (its id) only. */
  workshopId?: number;
  /** The page of replies, 1-based. */
  page: number;
}

export function positiveInt(value: string | null | undefined): number | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 && Number.isSafeInteger(n) ? n : undefined;
}

export function roundParamsFromSearch(search: URLSearchParams): RoundParams {
  const tab = search.get('tab');
  return {
    tab: tab === 'replies' || tab === 'analysis' ? tab : 'tracking',
    workshopId: positiveInt(search.get('workshop')),
    page: positiveInt(search.get('page')) ?? 1,
  };
}

/** The address query for round params (what is left out takes its default). */
export function roundSearch(params: Partial<RoundParams>): string {
  const search = new URLSearchParams();
  if (params.tab && params.tab !== 'tracking') search.set('tab', params.tab);
  if (params.workshopId) search.set('workshop', String(params.workshopId));
  if (params.page && params.page > 1) search.set('page', String(params.page));
  const text = search.toString();
  return text ? `?${text}` : '';
}
