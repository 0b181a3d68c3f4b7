import type { CreateNeedsCycleInput } from '../api/types';

export interface CycleFormValues {
  name: string;
  fiscalYear: string;
  opensOn: string;
  closesOn: string;
  coordinators: string;
  /** 'copy' starts from a cycle's questionnaire, Members and coordinators; 'new' from the topics picked here. */
  start: 'copy' | 'new';
  copyFromCycleId: string;
  topicIds: number[];
  customQuestions: string;
  allMembers: boolean;
  memberIds: number[];
}

/** The fiscal year (by its starting year) the ROCB is in on a day: July to June. */
export function fiscalYearOn(day: string): number {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return month >= 7 ? year : year - 1;
}

function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

/** A new cycle plans the next fiscal year, opens today for four weeks, and copies the last cycle when there is one. */
export function defaultCycleValues(today: string, lastCycleId: number | undefined): CycleFormValues {
  const fiscalYear = fiscalYearOn(today) + 1;
  return {
    name: `Needs survey ${fiscalYear}`,
    fiscalYear: String(fiscalYear),
    opensOn: today,
    closesOn: addDays(today, 28),
    coordinators: 'ROCB A/P',
    start: lastCycleId ? 'copy' : 'new',
    copyFromCycleId: lastCycleId ? String(lastCycleId) : '',
    topicIds: [],
    customQuestions: '',
    allMembers: true,
    memberIds: [],
  };
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** The body of createNeedsCycle. A whole number the API cannot read is sent as 0, so the API says what is wrong. */
export function toCreateCycleInput(values: CycleFormValues): CreateNeedsCycleInput {
  const fiscalYear = /^\d+$/.test(values.fiscalYear.trim()) ? Number(values.fiscalYear.trim()) : 0;
  const common = { name: values.name, fiscalYear, opensOn: values.opensOn, closesOn: values.closesOn };
  // A copy takes the questionnaire, Members and coordinators of the cycle copied (the API refuses them alongside).
  if (values.start === 'copy') {
    return { ...common, copyFromCycleId: Number(values.copyFromCycleId) || null };
  }
  return {
    ...common,
    coordinators: lines(values.coordinators),
    memberIds: values.allMembers ? [] : values.memberIds,
    topicIds: values.topicIds,
    customQuestions: lines(values.customQuestions),
  };
}
