import { queryOptions } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

/** A topic of the taxonomy (GET /api/topics): a WCO instrument or theme, in one of five packages. */
export type Topic = components['schemas']['Topic'];

export const topicKeys = {
  all: ['topics'] as const,
  list: () => [...topicKeys.all, 'list'] as const,
};

/** Every topic (some sixty, unpaged; by package, then name): for the topic filter and picker. Changes rarely. */
export const topicsQueryOptions = () =>
  queryOptions({
    queryKey: topicKeys.list(),
    queryFn: async ({ signal }) => (await call(() => apiClient.GET('/api/topics', { signal }))).data,
    staleTime: 10 * 60_000,
  });
