import { queryOptions } from '@tanstack/react-query';
import { apiClient } from './client';
import { call } from './problem';

// Reference lists that several features read. Keys are shared so that one
// feature's edit invalidates what the others show.
export const referenceDataKeys = {
  regions: ['regions'] as const,
  subRegions: ['sub-regions'] as const,
  subRegionList: () => [...referenceDataKeys.subRegions, 'list'] as const,
};

export const regionsQueryOptions = () =>
  queryOptions({
    queryKey: referenceDataKeys.regions,
    queryFn: async ({ signal }) => (await call(() => apiClient.GET('/api/regions', { signal }))).data,
    staleTime: 5 * 60_000,
  });

export const subRegionsQueryOptions = () =>
  queryOptions({
    queryKey: referenceDataKeys.subRegionList(),
    queryFn: async ({ signal }) => (await call(() => apiClient.GET('/api/sub-regions', { signal }))).data,
  });

/** Every Member (up to the API's page limit), by name: for pick lists. */
export const memberOptionsQueryOptions = () =>
  queryOptions({
    queryKey: ['members', 'options'] as const,
    queryFn: async ({ signal }) =>
      (await call(() => apiClient.GET('/api/members', { params: { query: { page: 1, pageSize: 200, sort: 'name' } }, signal }))).data.items,
    staleTime: 5 * 60_000,
  });
