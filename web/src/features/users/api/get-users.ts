import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import { userKeys, type UserListParams } from './user-keys';

export const usersQueryOptions = (params: UserListParams) =>
  queryOptions({
    queryKey: userKeys.list(params),
    queryFn: async ({ signal }) =>
      (
        await call(() =>
          apiClient.GET('/api/users', {
            params: {
              query: {
                page: params.page,
                pageSize: params.pageSize,
                q: params.q || undefined,
                role: params.role || undefined,
                memberId: params.memberId,
              },
            },
            signal,
          }),
        )
      ).data,
    placeholderData: keepPreviousData,
  });

export const userQueryOptions = (id: string) =>
  queryOptions({
    queryKey: userKeys.detail(id),
    queryFn: async ({ signal }) => (await call(() => apiClient.GET('/api/users/{id}', { params: { path: { id } }, signal }))).data,
    // An edit starts from what the server has now.
    staleTime: 0,
  });
