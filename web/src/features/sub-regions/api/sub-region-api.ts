import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { call, etagOf } from '@/lib/api/problem';
import { referenceDataKeys } from '@/lib/api/reference-data';
import type { SubRegion, SubRegionInput, Versioned } from '@/lib/api/types';

export const subRegionQueryOptions = (id: number) =>
  queryOptions({
    queryKey: [...referenceDataKeys.subRegions, 'detail', id] as const,
    queryFn: async ({ signal }): Promise<Versioned<SubRegion>> => {
      const { data, response } = await call(() => apiClient.GET('/api/sub-regions/{id}', { params: { path: { id } }, signal }));
      return { value: data, etag: etagOf(response, data.version) };
    },
    // An edit starts from what the server has now.
    staleTime: 0,
  });

export interface UpdateSubRegionVariables {
  id: number;
  etag: string;
  input: SubRegionInput;
}

async function updateSubRegion({ id, etag, input }: UpdateSubRegionVariables): Promise<Versioned<SubRegion>> {
  const { data, response } = await call(() =>
    apiClient.PUT('/api/sub-regions/{id}', {
      params: { path: { id } },
      body: input,
      headers: { 'If-Match': etag },
    }),
  );
  return { value: data, etag: etagOf(response, data.version) };
}

export function useUpdateSubRegion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSubRegion,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: referenceDataKeys.subRegions }),
        // Members show their sub-region's code and name.
        queryClient.invalidateQueries({ queryKey: ['members'] }),
      ]),
  });
}
