import type { CsvValue } from '@/lib/csv';
import type { KpiProgress, MatrixMember, MatrixMilestone } from '@/lib/api/types';
import { kpiStatusLabel, milestoneStatusLabel, normalizeMilestoneStatus } from '@/lib/plans/status';
import { kpiValueText, type KpiValueContext } from './kpi-format';

export interface KpiGroup {
  number: number;
  title: string;
  kpis: KpiProgress[];
}

/** The KPI list as shown: one row per card, in the order of the cards. */
export function kpiCsvRows(groups: readonly KpiGroup[], context: KpiValueContext, topicOf: (kpi: KpiProgress) => string | undefined): CsvValue[][] {
  const header: CsvValue[] = [
    'Pillar',
    'Action',
    'KPI',
    'Name',
    'Topic',
    'Status',
    'Value',
    'Value against target',
    'Target',
    'Target text',
    'Expected by now',
    '% of target',
    'Period',
    'Deadline',
    'Reason',
  ];
  const rows = groups.flatMap((group) =>
    group.kpis.map((kpi): CsvValue[] => [
      group.number,
      kpi.actionCode,
      kpi.code,
      kpi.name,
      topicOf(kpi) ?? '',
      kpiStatusLabel(kpi.status),
      kpi.value,
      kpiValueText(kpi, context),
      kpi.target,
      kpi.targetText,
      kpi.expected,
      kpi.percentOfTarget,
      kpi.periodLabel,
      kpi.deadline,
      kpi.statusReason,
    ]),
  );
  return [header, ...rows];
}

export interface MemberGroup {
  code: string;
  name: string;
  members: MatrixMember[];
}

/** Members achieving each milestone, among the Members shown. */
export function achievedPerMilestone(groups: readonly MemberGroup[], milestones: readonly MatrixMilestone[]): number[] {
  return milestones.map(
    (milestone) =>
      groups
        .flatMap((g) => g.members)
        .filter((m) => normalizeMilestoneStatus(m.cells.find((c) => c.milestoneId === milestone.id)?.status) === 'achieved').length,
  );
}

/** Milestones a Member has achieved, among the milestones shown. */
export function achievedByMember(member: MatrixMember, milestones: readonly MatrixMilestone[]): number {
  const shown = new Set(milestones.map((m) => m.id));
  return member.cells.filter((c) => shown.has(c.milestoneId) && normalizeMilestoneStatus(c.status) === 'achieved').length;
}

/** The matrix as shown: Members by sub-region, one column per milestone, achieved counts last. */
export function matrixCsvRows(groups: readonly MemberGroup[], milestones: readonly MatrixMilestone[]): CsvValue[][] {
  const header: CsvValue[] = ['Member code', 'Member', 'Sub-region', ...milestones.map((m) => m.code), 'Achieved'];
  const rows = groups.flatMap((group) =>
    group.members.map((member): CsvValue[] => [
      member.code,
      member.name,
      group.name,
      ...milestones.map((milestone) => {
        const status = member.cells.find((c) => c.milestoneId === milestone.id)?.status;
        return status ? milestoneStatusLabel(status) : '';
      }),
      achievedByMember(member, milestones),
    ]),
  );
  const perMilestone = achievedPerMilestone(groups, milestones);
  const total = perMilestone.reduce((sum, n) => sum + n, 0);
  return [header, ...rows, ['', 'Achieved (Members)', '', ...perMilestone, total]];
}
