/** How many donor requests had each answer (pending: no answer recorded yet). */
export interface DonorCounts {
  released: number;
  declined: number;
  noAnswer: number;
  pending: number;
}

export interface DonorSummary {
  met: number;
  /** Requests answered: released, declined or no answer. Those still waiting are left out, as in the KPI. */
  answered: number;
  /** Whole percent, or null when nothing has been answered yet. */
  percent: number | null;
  text: string;
}

/** "N of M requests met (x%)": released over released + declined + no answer, like the donor-requests KPI. */
export function donorSummary({ released, declined, noAnswer, pending }: DonorCounts): DonorSummary {
  const answered = released + declined + noAnswer;
  const percent = answered === 0 ? null : Math.round((released / answered) * 100);
  const waiting = pending > 0 ? `; ${pending} still waiting for an answer` : '';
  const text =
    percent === null
      ? `No request answered yet${waiting}`
      : `${released} of ${answered} ${answered === 1 ? 'request' : 'requests'} met (${percent}%)${waiting}`;
  return { met: released, answered, percent, text };
}

/** The local calendar day as YYYY-MM-DD. */
export function localDay(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The day an answer recorded today is dated: today, but never before the request was sent (the API refuses that). */
export function answeredOnFor(sentOn: string, today: string = localDay()): string {
  return today < sentOn ? sentOn : today;
}
