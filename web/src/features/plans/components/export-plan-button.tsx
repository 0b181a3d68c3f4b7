import { useState } from 'react';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { downloadText, safeFileName } from '@/lib/csv';
import { exportPlan } from '../api/plan-files';

/** Downloads the plan in the JSON import format (GET /api/plans/{id}/export). */
export function ExportPlanButton({ planId, planCode }: { planId: number; planCode: string }) {
  const [state, setState] = useState<{ pending: boolean; error?: unknown; done?: boolean }>({ pending: false });
  return (
    <div className="export-plan">
      <button
        type="button"
        className="button button-secondary"
        disabled={state.pending}
        onClick={() => {
          setState({ pending: true });
          exportPlan(planId)
            .then((file) => {
              downloadText(safeFileName(`${planCode}.json`), `${JSON.stringify(file, null, 2)}\n`, 'application/json');
              setState({ pending: false, done: true });
            })
            .catch((error: unknown) => setState({ pending: false, error }));
        }}
      >
        {state.pending ? 'Exporting…' : 'Export JSON'}
      </button>
      {state.done ? (
        <p className="small muted" role="status">
          Downloaded {planCode}.json.
        </p>
      ) : null}
      {state.error ? <ProblemAlert error={state.error} fallbackTitle="The plan could not be exported" /> : null}
    </div>
  );
}
