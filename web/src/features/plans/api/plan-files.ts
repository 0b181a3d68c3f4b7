import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { planKeys } from '@/lib/api/plans';
import { call } from '@/lib/api/problem';
import type { ImportReport, PlanFile } from '@/lib/api/types';

/** GET /api/plans/{id}/export: the plan in the import format. */
export async function exportPlan(id: number): Promise<PlanFile> {
  return (await call(() => apiClient.GET('/api/plans/{id}/export', { params: { path: { id } } }))).data;
}

export interface ImportPlanVariables {
  file: PlanFile;
  dryRun: boolean;
}

async function importPlan({ file, dryRun }: ImportPlanVariables): Promise<ImportReport> {
  return (await call(() => apiClient.POST('/api/plans/import', { params: { query: { dryRun } }, body: file }))).data;
}

/** POST /api/plans/import: a dry run reports every problem and writes nothing; otherwise all or nothing. */
export function useImportPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importPlan,
    onSuccess: async (report) => {
      if (report.written) await queryClient.invalidateQueries({ queryKey: planKeys.all });
    },
  });
}
