import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { auditKeys } from '@/lib/api/audit';
import { call } from '@/lib/api/problem';
import type { CreateApiKeyInput } from '@/lib/api/types';

export interface ApiKeyListParams {
  page: number;
  pageSize: number;
  includeRevoked: boolean;
}

export const apiKeyKeys = {
  all: ['api-keys'] as const,
  lists: () => [...apiKeyKeys.all, 'list'] as const,
  list: (params: ApiKeyListParams) => [...apiKeyKeys.lists(), params] as const,
  scopes: () => [...apiKeyKeys.all, 'scopes'] as const,
};

export const apiKeysQueryOptions = (params: ApiKeyListParams) =>
  queryOptions({
    queryKey: apiKeyKeys.list(params),
    queryFn: async ({ signal }) =>
      (
        await call(() =>
          apiClient.GET('/api/api-keys', {
            params: { query: { page: params.page, pageSize: params.pageSize, includeRevoked: params.includeRevoked || undefined } },
            signal,
          }),
        )
      ).data,
    placeholderData: keepPreviousData,
  });

export const apiKeyScopesQueryOptions = () =>
  queryOptions({
    queryKey: apiKeyKeys.scopes(),
    queryFn: async ({ signal }) => (await call(() => apiClient.GET('/api/api-keys/scopes', { signal }))).data,
    staleTime: 10 * 60_000,
  });

function useInvalidate() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: apiKeyKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: auditKeys.all }),
    ]);
}

/** Creates a key. The secret is in the answer this once only: it is never cached. */
export function useCreateApiKey() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (input: CreateApiKeyInput) => (await call(() => apiClient.POST('/api/api-keys', { body: input }))).data,
    onSuccess: () => invalidate(),
  });
}

export function useRevokeApiKey() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (id: string) => {
      await call(() => apiClient.DELETE('/api/api-keys/{id}', { params: { path: { id } } }));
    },
    onSuccess: () => invalidate(),
  });
}
