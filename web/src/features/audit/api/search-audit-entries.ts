import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { auditKeys } from '@/lib/api/audit';
import { apiClient } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import type { AuditEntryPage } from '@/lib/api/types';
import { endOfDayIso, startOfDayIso } from '@/lib/format';

export interface AuditSearchParams {
  page: number;
  pageSize: number;
  entity?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  /** Calendar days (yyyy-mm-dd), both included. */
  from?: string;
  to?: string;
}

export const auditEntriesQueryOptions = (params: AuditSearchParams) =>
  queryOptions({
    queryKey: [...auditKeys.all, 'search', params] as const,
    queryFn: async ({ signal }) =>
      (
        await call(() =>
          apiClient.GET('/api/audit-entries', {
            params: {
              query: {
                page: params.page,
                pageSize: params.pageSize,
                entity: params.entity,
                entityId: params.entityId,
                actorId: params.actorId,
                action: params.action,
                from: params.from ? (startOfDayIso(params.from) ?? params.from) : undefined,
                to: params.to ? (endOfDayIso(params.to) ?? params.to) : undefined,
              },
            },
            signal,
          }),
        )
      ).data as AuditEntryPage,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
