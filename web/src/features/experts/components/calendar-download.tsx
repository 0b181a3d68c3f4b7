import { useState } from 'react';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { downloadText, safeFileName } from '@/lib/csv';
import { fetchExpertCalendar } from '../api/queries';

/** Fetches the expert's iCal feed with the session's token and offers it as a file. */
export function CalendarDownload({ expertId, name }: { expertId: number; name: string }) {
  const [state, setState] = useState<{ pending: boolean; error?: unknown; done?: boolean }>({ pending: false });
  const fileName = safeFileName(`expert-${expertId}-calendar.ics`);
  return (
    <div className="export-plan">
      <button
        type="button"
        className="button button-secondary"
        disabled={state.pending}
        onClick={() => {
          setState({ pending: true });
          fetchExpertCalendar(expertId)
            .then((text) => {
              downloadText(fileName, text, 'text/calendar');
              setState({ pending: false, done: true });
            })
            .catch((error: unknown) => setState({ pending: false, error }));
        }}
      >
        {state.pending ? 'Preparing the calendar…' : 'Download calendar (iCal)'}
      </button>
      {state.done ? (
        <p className="small muted" role="status">
          Downloaded {fileName}: {name}&apos;s deployments and unavailability, for any calendar app.
        </p>
      ) : null}
      {state.error ? <ProblemAlert error={state.error} fallbackTitle="The calendar could not be downloaded" /> : null}
    </div>
  );
}
