import { useId, useState } from 'react';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { downloadText } from '@/lib/csv';
import { fetchActivitiesCalendar } from '../api/activities';

interface SubscribeCalendarProps {
  /** Only the activities of this Member (the list's Member filter), named in the explanation. */
  memberId?: number;
  memberName?: string;
}

/**
 * "Subscribe (iCal)": the feed needs the signed-in user's token, so a calendar program cannot fetch its address
 * itself. The app fetches it and offers the file; importing it again brings the calendar up to date.
 */
export function SubscribeCalendar({ memberId, memberName }: SubscribeCalendarProps) {
  const hintId = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>();
  const [message, setMessage] = useState<string>();

  const download = async () => {
    setPending(true);
    setError(undefined);
    setMessage(undefined);
    try {
      const text = await fetchActivitiesCalendar(memberId);
      const events = (text.match(/^BEGIN:VEVENT/gm) ?? []).length;
      const filename = memberId ? `rocb-activities-member-${memberId}.ics` : 'rocb-activities.ics';
      downloadText(filename, text, 'text/calendar;charset=utf-8');
      setMessage(`Downloaded ${filename}: ${events === 0 ? 'no upcoming activity' : events === 1 ? '1 upcoming activity' : `${events} upcoming activities`}.`);
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="subscribe-calendar">
      <button type="button" className="button button-secondary" aria-describedby={hintId} disabled={pending} onClick={() => void download()}>
        {pending ? 'Preparing the calendar…' : 'Subscribe (iCal)'}
      </button>
      <p id={hintId} className="field-hint">
        Downloads the upcoming planned and confirmed activities{memberName ? ` for ${memberName}` : ''} as an iCalendar (.ics) file for Outlook,
        Google Calendar or Apple Calendar. The feed needs your Rocb sign-in, so a calendar program cannot subscribe to its address itself:
        import the file, and download it again to bring your calendar up to date.
      </p>
      <p className="small" role="status">
        {message}
      </p>
      {error ? <ProblemAlert error={error} fallbackTitle="The calendar could not be downloaded" /> : null}
    </div>
  );
}
