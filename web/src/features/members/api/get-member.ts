import { queryOptions } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { call, etagOf } from '@/lib/api/problem';
import type { Member, Versioned } from '@/lib/api/types';
import { memberKeys } from './member-keys';

export const memberQueryOptions = (id: number) =>
  queryOptions({
    queryKey: memberKeys.detail(id),
    queryFn: async ({ signal }): Promise<Versioned<Member>> => {
      const { data, response } = await call(() => apiClient.GET('/api/members/{id}', { params: { path: { id } }, signal }));
      return { value: data, etag: etagOf(response, data.version) };
    },
  });
