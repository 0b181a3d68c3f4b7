import { queryOptions } from '@tanstack/react-query';
import { apiClient } from './client';
import { call } from './problem';
import type { AuditEntry } from './types';

// The audit log is read by the audit page and by the history sections of record pages.
export const auditKeys = {
  all: ['audit-entries'] as const,
  history: (entity: string, entityId: string) => [...auditKeys.all, 'history', entity, entityId] as const,
};

/** Every change to one record, oldest first. */
export const recordHistoryQueryOptions = (entity: string, entityId: string) =>
  queryOptions({
    queryKey: auditKeys.history(entity, entityId),
    queryFn: async ({ signal }) =>
      (await call(() => apiClient.GET('/api/audit-entries/{entity}/{entityId}', { params: { path: { entity, entityId } }, signal })))
        .data as AuditEntry[],
    staleTime: 0,
  });
