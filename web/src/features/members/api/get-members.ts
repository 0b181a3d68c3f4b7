import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import { memberKeys, type MemberListParams } from './member-keys';

export const membersQueryOptions = (params: MemberListParams) =>
  queryOptions({
    queryKey: memberKeys.list(params),
    queryFn: async ({ signal }) =>
      (
        await call(() =>
          apiClient.GET('/api/members', {
            params: {
              query: {
                page: params.page,
                pageSize: params.pageSize,
                sort: params.sort,
                subRegionId: params.subRegionId,
                q: params.q || undefined,
              },
            },
            signal,
          }),
        )
      ).data,
    placeholderData: keepPreviousData,
  });
